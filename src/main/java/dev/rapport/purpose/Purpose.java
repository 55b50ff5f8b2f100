package dev.rapport.purpose;

import java.util.List;
import java.util.Set;

/**
 * The sender's stated reason, classified. The named things are kept verbatim as the sender wrote
 * them so that a note can name them: {@code people} (who referred or introduced them),
 * {@code events} (where they met), {@code posts} (what of the target's they read),
 * {@code offers} (what the sender wants to sell or offer, used to test whether it fits the target),
 * {@code stated} (relationships the sender states in their own words: evidence on the user's word).
 */
public record Purpose(String text, Set<Intent> intents, List<String> people, List<String> events,
                      List<String> posts, List<String> offers, List<StatedRelationship> stated) {

    public static final Purpose NONE = new Purpose("", Set.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * A relationship in the sender's own words: its kind (worked-together, met-in-person, ...) and the sentence;
     * {@code byModel} when an LLM found it in the reason (still the user's word, checked like any other).
     */
    public record StatedRelationship(String kind, String sentence, boolean byModel) {
        public StatedRelationship(String kind, String sentence) {
            this(kind, sentence, false);
        }
    }

    public Purpose(String text, Set<Intent> intents, List<String> people, List<String> events,
                   List<String> posts, List<String> offers) {
        this(text, intents, people, events, posts, offers, List.of());
    }

    public Purpose {
        text = text == null ? "" : text.strip();
        intents = Set.copyOf(intents == null ? Set.of() : intents);
        people = List.copyOf(people == null ? List.of() : people);
        events = List.copyOf(events == null ? List.of() : events);
        posts = List.copyOf(posts == null ? List.of() : posts);
        offers = List.copyOf(offers == null ? List.of() : offers);
        stated = List.copyOf(stated == null ? List.of() : stated);
    }

    /** True when {@code sentence} is one in which the sender states a relationship (ground that rests on their word). */
    public boolean states(String sentence) {
        return stated.stream().anyMatch(r -> r.sentence().equals(sentence));
    }

    /**
     * The same purpose with more of the user's own words after its text ("mention that I'm also in Austin", the
     * things a note was asked to mention): what the user says is their word for the truth rules, as the reason is.
     */
    public Purpose withWords(String words) {
        if (words == null || words.isBlank()) {
            return this;
        }
        // one stop between them: a reason that ends a sentence already gave "… together.." in the evidence (a hand session)
        String joined = text.isBlank() ? words.strip() : text.strip() + (text.strip().matches("(?s).*[.!?]$") ? " " : ". ") + words.strip();
        return new Purpose(joined, intents, people, events, posts, offers, stated);
    }

    /** The same purpose read from {@code text} put right by the user ("it was PyCon DE, not PyCon"): intents and the rest as read. */
    public Purpose withText(String text) {
        return new Purpose(text, intents, people, events, posts, offers, stated);
    }

    /**
     * The purpose with a name put right ("it was Priya, not Dana"): its text as given, and the name in the people, events and
     * stated relationships read from it, so a redraft names no one the reason no longer does.
     */
    public Purpose withNamePutRight(String text, String wrong, String right) {
        java.util.function.UnaryOperator<String> fix = s -> dev.rapport.text.Words.replaceWord(s, wrong, right);
        return new Purpose(text, intents, people.stream().map(fix).toList(), events.stream().map(fix).toList(), posts, offers,
                stated.stream().map(r -> new StatedRelationship(r.kind(), fix.apply(r.sentence()), r.byModel())).toList());
    }

    /** The same purpose without {@code words} that {@link #withWords} put after its text (the reason itself stays). */
    public Purpose withoutWords(String words) {
        String w = words == null ? "" : words.strip();
        int at = text.lastIndexOf(w);
        if (w.isEmpty() || at <= 0) {
            return this;
        }
        String rest = (text.substring(0, at) + text.substring(at + w.length())).strip().replaceAll("\\s{2,}", " ");
        return new Purpose(rest, intents, people, events, posts, offers, stated);
    }

    public boolean has(Intent intent) {
        return intents.contains(intent);
    }

    /**
     * The reason's details with their roles (event, when, topic, referrer, role, project, question),
     * read from its words when first asked for (they need the part-of-speech tags, which a verdict alone does not).
     */
    public Details details() {
        return text.isEmpty() ? Details.NONE : DetailReader.read(text, people, IntentCatalogue.builtIn().notPersonWords());
    }

    public boolean isPitch() {
        return intents.stream().anyMatch(Intent::isPitch);
    }
}

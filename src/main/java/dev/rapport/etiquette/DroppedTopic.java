package dev.rapport.etiquette;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corrected note keeps the writer's point when a sentence it cut held the topic a kept sentence refers back to:
 * "…impressed by your experience in supply chain analytics…" cut for flattery leaves "I am exploring opportunities
 * in this field" pointing at nothing, so "this field" becomes "supply chain analytics". The topic is the noun phrase
 * after "in" or "on" in the cut sentence (adjectives and nouns, two joined by "and"), read with the tagger.
 */
final class DroppedTopic {
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?i)\\bth(?:is|at|e\\s+same)\\s+(?:field|area|space|industry|sector|domain|line\\s+of\\s+work)\\b");

    private DroppedTopic() {
    }

    /** {@code kept} with a reference back to a cut sentence's topic replaced by that topic; as it was when there is none. */
    static String restored(String kept, List<String> cut) {
        Matcher m = BACK_REFERENCE.matcher(kept);
        if (!m.find()) {
            return kept;
        }
        for (String sentence : cut) {
            Optional<String> topic = topic(sentence);
            if (topic.isPresent()) {
                return kept.substring(0, m.start()) + topic.get() + kept.substring(m.end());
            }
        }
        return kept;
    }

    /** The first noun phrase after "in" or "on" of at least two words that ends in a common noun. */
    static Optional<String> topic(String sentence) {
        for (Sentence s : Language.english().sentences(sentence)) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String w = tokens.get(i).lower();
                if (!(w.equals("in") || w.equals("on")) || !tokens.get(i).is("ADP")) {
                    continue;
                }
                List<Token> phrase = nounPhrase(tokens, i + 1);
                if (phrase.size() >= 2) {
                    return Optional.of(sentence.substring(phrase.get(0).start() - s.start(), phrase.get(phrase.size() - 1).end() - s.start())
                            .replaceAll("\\s+", " "));
                }
            }
        }
        return Optional.empty();
    }

    /** Adjectives and nouns from {@code from}, ending in a common noun; a second such run after "and" joins it. */
    private static List<Token> nounPhrase(List<Token> tokens, int from) {
        List<Token> out = run(tokens, from);
        int next = from + out.size();
        if (!out.isEmpty() && next + 1 < tokens.size() && tokens.get(next).lower().equals("and")) {
            List<Token> second = run(tokens, next + 1);
            if (!second.isEmpty()) {
                out = new ArrayList<>(out);
                out.add(tokens.get(next));
                out.addAll(second);
            }
        }
        return out;
    }

    private static List<Token> run(List<Token> tokens, int from) {
        List<Token> run = new ArrayList<>();
        for (int i = from; i < tokens.size() && tokens.get(i).is("ADJ", "NOUN") && tokens.get(i).isWord(); i++) {
            run.add(tokens.get(i));
        }
        while (!run.isEmpty() && !run.get(run.size() - 1).is("NOUN")) {
            run.remove(run.size() - 1);
        }
        return run;
    }
}

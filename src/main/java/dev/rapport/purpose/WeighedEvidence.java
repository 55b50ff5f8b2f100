package dev.rapport.purpose;

import dev.rapport.language.Language;
import dev.rapport.language.Negation;
import dev.rapport.language.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules weighing what a model read ({@link ModelEvidence}) against their own reading of the reason.
 * The model adds evidence; it never decides and never removes anything the rules found. Pure. The policy:
 * <ul>
 * <li>An intent the model names is added, marked as the model's, unless the sender denies it in their own
 * words ("not trying to sell anything"), or it is one of an exclusive group (hiring, job-seeking, selling)
 * of which the rules already found another, or it is networking-for-its-own-sake beside another purpose.</li>
 * <li>A sale (selling, lead-generation) the rules did not find is added only when their own evidence
 * agrees: the language layer reads a sales aim as the sender's own ({@link SalesAim}), or the trained
 * classifier gives it at least {@value #CORROBORATION}. Otherwise it is declined and said so, and changes
 * no verdict: a model alone can never turn an invitation into a do-not-connect.</li>
 * <li>A relationship the model quotes from the reason counts like one the sender states (on the user's word,
 * still checked against the profiles), unless the quote stands under a negation or the rules already read
 * one of that kind. A referral adds the referral intent; an online acquaintance is no relationship.</li>
 * <li>Negative facts quoted from the target's profile go to the same tests as the rules' own negations
 * (an offer they do not need, a policy they state).</li>
 * </ul>
 *
 * @param purpose   the reading with the model's accepted evidence added
 * @param added     intents the model added
 * @param declined  intents the model named that the rules did not accept
 * @param stated    relationships the model found that now count
 */
public record WeighedEvidence(Purpose purpose, Set<Intent> added, Set<Intent> declined,
                              List<Purpose.StatedRelationship> stated, List<String> targetNegatives) {

    /** The classifier probability at which the rules' own reading corroborates a sale the model names. */
    public static final double CORROBORATION = 0.2;

    private static final Map<String, String> KINDS = Map.of("met", "met-in-person", "worked", "worked-together",
            "studied", "studied-together", "volunteered", "volunteered-together", "group", "shared-group");

    public WeighedEvidence {
        added = Set.copyOf(added);
        declined = Set.copyOf(declined);
        stated = List.copyOf(stated);
        targetNegatives = List.copyOf(targetNegatives);
    }

    /** Nothing the model said: the rules' reading as it was. */
    public static WeighedEvidence none(Purpose purpose) {
        return new WeighedEvidence(purpose, Set.of(), Set.of(), List.of(), List.of());
    }

    public boolean changedAnything() {
        return !added.isEmpty() || !declined.isEmpty() || !stated.isEmpty() || !targetNegatives.isEmpty();
    }

    /**
     * The model's kind name for a stated relationship (met, worked, studied, volunteered, group, referral,
     * online) as rapport names it; empty for one that is no relationship here (online) or unknown.
     */
    public static Optional<String> kindOf(String modelKind) {
        return Optional.ofNullable(modelKind == null ? null : KINDS.get(modelKind));
    }

    /** The rules' reading {@code offline} of the reason with the model's evidence weighed in. */
    public static WeighedEvidence weigh(Purpose offline, ModelEvidence model) {
        if (model == null || model.isEmpty() || offline.text().isBlank()) {
            return none(offline);
        }
        IntentCatalogue catalogue = IntentCatalogue.builtIn();
        String text = offline.text();
        Set<Intent> denied = PurposeReader.deniedIntents(text, catalogue);
        Set<Intent> wanted = EnumSet.noneOf(Intent.class);
        wanted.addAll(model.intents());
        if (model.stated().stream().anyMatch(r -> r.kind().equals("referral"))) {
            wanted.add(Intent.REFERRAL);
        }
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        intents.addAll(offline.intents());
        Set<Intent> added = EnumSet.noneOf(Intent.class);
        Set<Intent> declined = EnumSet.noneOf(Intent.class);
        Map<String, Double> scores = null;
        for (Intent i : wanted) {
            if (intents.contains(i)) {
                continue;
            }
            boolean accept = !denied.contains(i) && !excludedBy(i, intents, catalogue)
                    && !(i == Intent.NETWORKING && !intents.isEmpty());
            if (accept && i.isPitch() && !SalesAim.stated(offline)) {
                if (scores == null) {
                    scores = IntentClassifier.scores(text, PurposeReader.cueIntents(text), Optional.empty());
                }
                accept = scores.getOrDefault(i.label(), 0.0) >= CORROBORATION;
            }
            (accept ? added : declined).add(i);
        }
        intents.addAll(added);
        List<Purpose.StatedRelationship> stated = new ArrayList<>(offline.stated());
        List<Purpose.StatedRelationship> found = new ArrayList<>();
        for (Purpose.StatedRelationship r : model.stated()) {
            if (KINDS.containsValue(r.kind()) && stated.stream().noneMatch(o -> o.kind().equals(r.kind()))) {
                sentenceOf(text, r.sentence()).map(s -> new Purpose.StatedRelationship(r.kind(), s, true))
                        .ifPresent(s -> {
                            stated.add(s);
                            found.add(s);
                        });
            }
        }
        List<String> offers = offline.offers();
        if (added.contains(Intent.SELLING) && offers.isEmpty()) {
            offers = Names.productTerms(text, catalogue.notPersonWords());
        }
        Purpose merged = new Purpose(text, intents, offline.people(), offline.events(), offline.posts(), offers, stated);
        return new WeighedEvidence(merged, added, declined, found, model.targetNegatives());
    }

    /** One of an exclusive group (hiring, job-seeking, selling) of which the rules already read another. */
    private static boolean excludedBy(Intent i, Set<Intent> present, IntentCatalogue catalogue) {
        for (List<String> group : catalogue.classifier().exclusive()) {
            if (group.contains(i.label()) && present.stream().anyMatch(p -> p != i && group.contains(p.label()))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence of the reason holding the quoted clause, when the clause is there and not negated. */
    private static Optional<String> sentenceOf(String text, String quote) {
        String q = PurposeReader.normalise(quote);
        int at = q.isEmpty() ? -1 : text.indexOf(q);
        if (at < 0 || Negation.isNegatedAt(text, at) || negatedWithin(text, at, q.length())) {
            return Optional.empty();
        }
        for (Sentence s : Language.english().sentences(text)) {
            if (s.start() <= at && at < s.start() + s.text().length() + 1) {
                return Optional.of(s.text());
            }
        }
        return Optional.of(q);
    }

    /** A negation inside the quoted clause ("we have never actually met"). */
    private static boolean negatedWithin(String text, int at, int length) {
        int end = Math.min(text.length(), at + length);
        for (int i = text.indexOf(' ', at); i >= 0 && i < end; i = text.indexOf(' ', i + 1)) {
            if (i + 1 < end && Negation.isNegatedAt(text, i + 1)) {
                return true;
            }
        }
        return false;
    }
}

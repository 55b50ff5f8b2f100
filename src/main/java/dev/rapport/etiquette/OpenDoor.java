package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of substance two texts can share, for a target's open door ("questions about the data are
 * welcome") to meet the sender's reason ("one question about her dataset"): lower case, a plural's "s"
 * dropped, at least four letters, not one of the rule's generic words. Pure.
 */
final class OpenDoor {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|nor|don't|dont|do not|won't|cannot|can't)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_LETTERS = 4;

    private OpenDoor() {
    }

    static Set<String> stems(String text, Set<String> generic) {
        Set<String> out = new LinkedHashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("s") && !w.endsWith("ss") && w.length() > MIN_LETTERS) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.length() >= MIN_LETTERS && !generic.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The target's own sentence that invites what the sender wants ("comment below or send me a message" under
     * a call for Excel volunteers, to a reason that offers Excel help), quoted; none for a pitch, which no door
     * invites, or when the common-ground rule is off.
     */
    static Optional<String> invitation(Profile them, Purpose purpose, RuleSet rules, PatternBook book) {
        Rule rule = rules.rule("common-ground").filter(Rule::enabled).orElse(null);
        if (rule == null || them == null || purpose == null || purpose.isPitch() || purpose.text().isBlank()) {
            return Optional.empty();
        }
        List<String> invitations = rule.phrases("open-door");
        Set<String> generic = Set.copyOf(rule.phrases("open-door-generic"));
        Set<String> wanted = stems(purpose.text(), generic);
        return ProfileQuotes.find(them, s -> book.containsPhrase(s, invitations) && !negated(s)
                && stems(s, generic).stream().anyMatch(wanted::contains));
    }

    /** A sentence that closes rather than opens a door: "please don't message me about ...". */
    static boolean negated(String sentence) {
        return NEGATION.matcher(sentence).find();
    }
}

package dev.rapport.purpose;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a cue is negated: a negation word within a few words before it, in the same
 * clause ("I'm not trying to sell anything", "no pitch, just catching up").
 */
final class Negation {
    // A clause ends at sentence punctuation, a comma or a contrastive conjunction.
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;:!?,]|\\b(?:but|just|only|though|although|however)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}']+");

    private final Set<String> words;
    private final int window;

    Negation(Set<String> words, int window) {
        this.words = words;
        this.window = window;
    }

    boolean negates(String text, int cueStart) {
        String before = text.substring(0, cueStart);
        var m = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (m.find()) {
            clauseStart = m.end();
        }
        String[] tokens = WORD_SPLIT.split(before.substring(clauseStart).toLowerCase(Locale.ROOT).strip());
        for (int i = Math.max(0, tokens.length - window); i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) {
                continue;
            }
            if (words.contains(t) || t.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}

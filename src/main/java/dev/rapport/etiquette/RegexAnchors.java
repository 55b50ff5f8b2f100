package dev.rapport.etiquette;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words a regular expression cannot match without: for {@code \b(?:book|schedule)\s+a\s+call} one
 * of "book" or "schedule" must occur in the text. The gate runs some sixty rule patterns on every
 * candidate note, and most of them begin with such a word that the note does not contain, so a
 * substring test skips them. Only a plain leading word (or a choice of them) is read; anything else
 * gives no anchors and the pattern always runs. Case is folded as java.util.regex folds it with
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, one char at a time, so the test never skips a pattern that
 * would have matched.
 */
final class RegexAnchors {
    private RegexAnchors() {
    }

    /** The anchors of {@code regex}, folded, or null when it has none that can be read safely. */
    static Set<String> of(String regex) {
        try {
            Set<String> out = alternatives(regex);
            return out == null || out.isEmpty() ? null : Set.copyOf(out);
        } catch (RuntimeException e) {
            return null; // a form this reader does not follow: the pattern simply always runs
        }
    }

    /** True when some anchor occurs in the folded text. */
    static boolean mayMatch(Set<String> anchors, String foldedText) {
        for (String a : anchors) {
            if (foldedText.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The text folded as {@link java.util.regex.Pattern} folds each char when it matches case-insensitively. */
    static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Anchors of a sequence that may hold top-level alternatives: every alternative must give some. */
    private static Set<String> alternatives(String seq) {
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : splitTopLevel(seq)) {
            Set<String> words = first(alternative);
            if (words == null) {
                return null;
            }
            out.addAll(words);
        }
        return out;
    }

    /** Anchors from the first element of a sequence that must match, after zero-width assertions. */
    private static Set<String> first(String seq) {
        int i = 0;
        while (i < seq.length()) {
            char c = seq.charAt(i);
            if (c == '^') {
                i++;
            } else if (c == '\\' && i + 1 < seq.length() && "bBAG".indexOf(seq.charAt(i + 1)) >= 0) {
                i += 2;
            } else if (seq.startsWith("(?=", i) || seq.startsWith("(?!", i) || seq.startsWith("(?<=", i)
                    || seq.startsWith("(?<!", i)) {
                i = closing(seq, i) + 1;
            } else if (c == '(' && inlineFlagsOnly(seq, i)) {
                i = seq.indexOf(')', i) + 1;
            } else {
                break;
            }
        }
        if (i >= seq.length()) {
            return null;
        }
        char c = seq.charAt(i);
        if (c == '(') {
            int end = closing(seq, i);
            if (optional(seq, end + 1)) {
                return null;
            }
            return alternatives(seq.substring(bodyStart(seq, i), end));
        }
        int j = i;
        while (j < seq.length() && isPlain(seq.charAt(j))) {
            j++;
        }
        if (j < seq.length() && "?*{".indexOf(seq.charAt(j)) >= 0) {
            j--; // the last letter is optional ("firms?")
        }
        if (j <= i) {
            return null;
        }
        return Set.of(fold(seq.substring(i, j)));
    }

    private static boolean isPlain(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Whether the element that ends just before {@code at} may match nothing. */
    private static boolean optional(String seq, int at) {
        if (at >= seq.length()) {
            return false;
        }
        char q = seq.charAt(at);
        return q == '?' || q == '*' || seq.startsWith("{0", at);
    }

    /** "(?i)" or "(?-i)": flags for the rest of the group, matching nothing. */
    private static boolean inlineFlagsOnly(String seq, int open) {
        if (!seq.startsWith("(?", open)) {
            return false;
        }
        int k = open + 2;
        while (k < seq.length() && (Character.isLetter(seq.charAt(k)) || seq.charAt(k) == '-')) {
            k++;
        }
        return k > open + 2 && k < seq.length() && seq.charAt(k) == ')';
    }

    /** Where a group's body starts: after "(", "(?:", "(?>", "(?i:", "(?-i:" or "(?<name>". */
    private static int bodyStart(String seq, int open) {
        if (!seq.startsWith("(?", open)) {
            return open + 1;
        }
        if (seq.startsWith("(?<", open)) {
            return seq.indexOf('>', open) + 1;
        }
        int k = open + 2;
        while (k < seq.length() && (Character.isLetter(seq.charAt(k)) || seq.charAt(k) == '-')) {
            k++;
        }
        if (k < seq.length() && (seq.charAt(k) == ':' || seq.charAt(k) == '>')) {
            return k + 1;
        }
        throw new IllegalArgumentException("group form not read: " + seq.substring(open));
    }

    /** The index of the ")" that closes the group opened at {@code open}, minding escapes and classes. */
    private static int closing(String seq, int open) {
        int depth = 0;
        for (int i = open; i < seq.length(); i = atomEnd(seq, i) + 1) {
            char c = seq.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed group");
    }

    /** The sequence cut at its top-level "|". */
    private static java.util.List<String> splitTopLevel(String seq) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < seq.length(); i = atomEnd(seq, i) + 1) {
            char c = seq.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(seq.substring(from, i));
                from = i + 1;
            }
        }
        out.add(seq.substring(from));
        return out;
    }

    /**
     * Where the element starting at {@code i} ends, for the scans above: an escape ("\\(") is two chars,
     * a class ("[()|]") runs to its closing bracket, anything else is itself. The one place that knows
     * which brackets and bars are literal.
     */
    private static int atomEnd(String seq, int i) {
        char c = seq.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        if (c != '[') {
            return i;
        }
        int j = i + 1;
        if (j < seq.length() && seq.charAt(j) == '^') {
            j++;
        }
        if (j < seq.length() && seq.charAt(j) == ']') {
            j++;
        }
        for (; j < seq.length(); j = atomEnd(seq, j) + 1) {
            if (seq.charAt(j) == ']') {
                return j;
            }
        }
        throw new IllegalArgumentException("unclosed class");
    }
}

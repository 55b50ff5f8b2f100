package dev.rapport.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words a regular expression cannot match without: for {@code \b(?:book|schedule)\s+a\s+call} one
 * of "book" or "schedule" must occur in the text. The gate runs some sixty rule patterns on every
 * candidate note, and most of them need a word that the note does not contain, so a substring test
 * skips them. A plain word (or a choice of them) that the pattern cannot match without is read, the
 * rarest-looking one where there are several; a pattern that needs none always runs. Case is folded as java.util.regex folds it with
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, one char at a time, so the test never skips a pattern that
 * would have matched.
 */
public final class RegexAnchors {
    private static final java.util.regex.Pattern COMMENTS_MODE = java.util.regex.Pattern.compile("\\(\\?[a-wyzA-Z-]*x");

    private RegexAnchors() {
    }

    /** The anchors of {@code regex}, folded, or null when it has none that can be read safely. */
    /** The anchors of a compiled pattern, or null when its flags make plain letters mean something else. */
    public static Set<String> of(java.util.regex.Pattern pattern) {
        return (pattern.flags() & (java.util.regex.Pattern.COMMENTS | java.util.regex.Pattern.LITERAL)) != 0 ? null : of(pattern.pattern());
    }

    public static Set<String> of(String regex) {
        if (COMMENTS_MODE.matcher(regex).find()) {
            return null; // whitespace and comments mode: a letter run is not what it looks like
        }
        try {
            Set<String> out = alternatives(regex);
            return out == null || out.isEmpty() ? null : Set.copyOf(out);
        } catch (RuntimeException e) {
            return null; // a form this reader does not follow: the pattern simply always runs
        }
    }

    /** True when some anchor occurs in the folded text. */
    public static boolean mayMatch(Set<String> anchors, String foldedText) {
        for (String a : anchors) {
            if (foldedText.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The text folded as {@link java.util.regex.Pattern} folds each char when it matches case-insensitively. */
    public static String fold(CharSequence text) {
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
            Set<String> words = best(alternative);
            if (words == null) {
                return null;
            }
            out.addAll(words);
        }
        return out;
    }

    /**
     * The best anchors among the elements of a sequence that must match: a run of plain letters and digits,
     * or a group every alternative of which gives anchors. Zero-width assertions, classes, escapes and
     * optional elements give none. The set whose shortest word is longest is the one most notes lack.
     */
    private static Set<String> best(String seq) {
        Set<String> best = null;
        int i = 0;
        while (i < seq.length()) {
            char c = seq.charAt(i);
            Set<String> here = null;
            int next;
            if (seq.startsWith("(?=", i) || seq.startsWith("(?!", i) || seq.startsWith("(?<=", i) || seq.startsWith("(?<!", i)) {
                i = closing(seq, i) + 1;
                continue;
            } else if (c == '(' && inlineFlagsOnly(seq, i)) {
                i = seq.indexOf(')', i) + 1;
                continue;
            } else if (c == '(') {
                int end = closing(seq, i);
                next = end + 1;
                if (!optional(seq, next)) {
                    here = alternatives(seq.substring(bodyStart(seq, i), end));
                }
            } else if (isPlain(c)) {
                int j = i;
                while (j < seq.length() && isPlain(seq.charAt(j))) {
                    j++;
                }
                next = j;
                if (optional(seq, j)) {
                    j--; // the last letter is optional ("firms?")
                }
                here = j > i ? Set.of(fold(seq.substring(i, j))) : null;
            } else if (seq.startsWith("\\Q", i)) {
                next = atomEnd(seq, i) + 1;
                here = quoted(seq.substring(i + 2, seq.startsWith("\\E", next - 2) ? next - 2 : next), optional(seq, next));
            } else if (c == '\\' && i + 1 < seq.length() && "pPExuckN0123456789".indexOf(seq.charAt(i + 1)) >= 0) {
                throw new IllegalArgumentException("escape not read: " + seq.substring(i));
            } else {
                next = atomEnd(seq, i) + 1;
            }
            i = afterQuantifier(seq, next);
            if (here != null && (best == null || shortest(here) > shortest(best))) {
                best = here;
            }
        }
        return best;
    }

    /** The longest plain run of a quotation ("\\Qcan't\\E" gives "can"); a quantifier after it takes its last char. */
    private static Set<String> quoted(String literal, boolean lastOptional) {
        String text = lastOptional && !literal.isEmpty() ? literal.substring(0, literal.length() - 1) : literal;
        String longest = "";
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && isPlain(text.charAt(j))) {
                j++;
            }
            if (j - i > longest.length()) {
                longest = text.substring(i, j);
            }
            i = Math.max(j, i + 1);
        }
        return longest.isEmpty() ? null : Set.of(fold(longest));
    }

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    /** Past the quantifier ("?", "*", "+", "{2,5}", and a lazy or possessive mark) that may follow an element. */
    private static int afterQuantifier(String seq, int at) {
        if (at < seq.length() && seq.charAt(at) == '{') {
            int close = seq.indexOf('}', at);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed quantifier");
            }
            at = close + 1;
        } else if (at < seq.length() && "?*+".indexOf(seq.charAt(at)) >= 0) {
            at++;
        } else {
            return at;
        }
        return at < seq.length() && "?+".indexOf(seq.charAt(at)) >= 0 ? at + 1 : at;
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
        if (c == '\\' && seq.startsWith("Q", i + 1)) {
            int end = seq.indexOf("\\E", i + 2);
            return end < 0 ? seq.length() - 1 : end + 1; // a quotation is one literal atom
        }
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

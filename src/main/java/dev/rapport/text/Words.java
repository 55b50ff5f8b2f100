package dev.rapport.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Small word operations that several packages need: folding, capitalising a sentence start, and typo distance. */
public final class Words {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Words() {
    }

    /**
     * Lower case without accents, the one way names and words are compared ("Paweł", "Pawel" and "PAWEL"
     * are one name). Letters that carry no combining mark are spelled out too (ł, ø, ß, æ, đ, ı). Plain
     * ASCII, nearly every word, skips the normaliser: this runs many times per drafted note.
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        String plain = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(java.util.Locale.ROOT);
        return plain.replace("ł", "l").replace("ø", "o").replace("ß", "ss").replace("æ", "ae").replace("đ", "d")
                .replace("ı", "i");
    }

    /**
     * Verbs that report what someone said or thought ("she said the team is growing"): the clause after one has its
     * own subject, so a verb there does not agree with the reporter. Lower case.
     */
    public static final java.util.Set<String> REPORTING = java.util.Set.of("said", "told", "thought", "felt", "wrote", "mentioned",
            "explained", "found", "think", "says");

    /**
     * The words the tagger rightly calls pronouns, lower case: a capitalised word it calls a pronoun that is not one of
     * these is a name it did not know ("Hélène/PRON was my mentor", "Dilani Wickramasinghe/PRON is …").
     */
    public static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him",
            "her", "us", "them", "my", "your", "his", "its", "our", "their", "mine", "yours", "hers", "ours", "theirs", "this",
            "that", "these", "those", "who", "whom", "whose", "which", "what", "one", "all", "both", "each", "some", "any",
            "none", "someone", "somebody", "everyone", "everybody", "anyone", "nobody");

    /** True when the word's letters, two or more, are all capitals ("SRE", "ER", "B2B"): an acronym, not a word of the language. */
    public static boolean isAcronym(String word) {
        long letters = word.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The first code point in upper case ("élan" becomes "Élan"); the rest unchanged. */
    public static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }

    /**
     * The candidate a typo most likely meant: the nearest by edit distance (a prefix of two or more
     * letters counts as one edit), if it is near enough to be a typo; empty otherwise.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = c.startsWith(word) && word.length() >= 2 ? 1 : distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The nearest candidate by edit distance however far it is (ties go to the first in alphabetical order). */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        return candidates.stream().min(Comparator.comparingInt((String c) -> distance(word, c)).thenComparing(c -> c));
    }

    /** Levenshtein distance, to suggest the command or rule id a user probably meant. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** {@code text} with each whole-word occurrence of {@code word}, in any case, replaced by {@code replacement}. */
    public static String replaceWord(String text, String word, String replacement) {
        return text == null ? null : java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
                + "(?![\\p{L}\\p{N}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
    }

    /** Whole-word, case-insensitive containment ("sap" is not found in "sapling"). */
    public static boolean containsWord(String text, String word) {
        return containsWord(text, word, java.util.List.of());
    }

    /** Endings a word may take and still be the word: a plural, a possessive, a past or an -ing form. */
    private static final java.util.List<String> INFLECTIONS = java.util.List.of("s", "es", "'s", "d", "ed", "ing");

    /**
     * As {@link #containsWord}, and also with a plural, possessive, past or -ing ending ("talks", "farm's", "lectured"),
     * but not as the start of another word ("farm" is not in "Farmer").
     */
    public static boolean containsWordInflected(String text, String word) {
        return containsWord(text, word, INFLECTIONS);
    }

    /** The word whole, or with one of the endings, where no letter or digit stands before it or after it. */
    private static boolean containsWord(String text, String word, java.util.List<String> endings) {
        String w = word.strip();
        if (w.isEmpty()) {
            return false;
        }
        // a scan, not a pattern: this runs for every word of every candidate note, and the refiner for every line of every plan
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String l = w.toLowerCase(java.util.Locale.ROOT);
        for (int at = t.indexOf(l); at >= 0; at = t.indexOf(l, at + 1)) {
            if (at > 0 && letterOrDigitBefore(t, at)) {
                continue;
            }
            int end = at + l.length();
            if (wordEndsAt(t, end)) {
                return true;
            }
            for (String ending : endings) {
                if (t.startsWith(ending, end) && wordEndsAt(t, end + ending.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordEndsAt(String t, int end) {
        return end == t.length() || !Character.isLetterOrDigit(t.codePointAt(end));
    }

    private static boolean letterOrDigitBefore(String s, int at) {
        return Character.isLetterOrDigit(s.codePointBefore(at));
    }
}

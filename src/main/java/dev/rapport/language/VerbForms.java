package dev.rapport.language;

import java.util.Locale;
import java.util.Map;

/**
 * A present-tense verb said of "she" or "he" turned to the form "you" (or "I", "they") takes: "finishes" is "finish",
 * "teaches" "teach", "carries" "carry", "goes" "go", "has" "have", "is" "are". One place for it, so a sentence about the
 * recipient said to them never reads "once you finishe your BSN".
 */
public final class VerbForms {
    private static final Map<String, String> IRREGULAR = Map.of("is", "are", "'s", "are", "’s", "are", "was", "were",
            "has", "have", "does", "do", "doesn't", "don't", "doesn’t", "don’t", "isn't", "aren't", "wasn't", "weren't");

    private VerbForms() {
    }

    /** The verb as it agrees with "you": "is" to "are", "was" to "were", "finishes" to "finish"; other words as they are. */
    public static String withYou(String verb) {
        String irregular = IRREGULAR.get(verb.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (irregular != null) {
            return sameCase(verb, irregular);
        }
        return base(verb);
    }

    /** "is", "was", "has", "does" and their negatives: verbs that change with "you" whatever the tagger called them. */
    public static boolean irregular(String verb) {
        return IRREGULAR.containsKey(verb.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /**
     * The plain form of a third-person singular verb ("teaches" to "teach", "fixes" to "fix", "buzzes" to "buzz", "goes" to
     * "go", "tries" to "try", "has" to "have", "does" to "do", "uses" to "use", "runs" to "run"); a word that is not one
     * ("discuss", "ran", "is") comes back as it is.
     */
    public static String base(String verb) {
        String w = verb.toLowerCase(Locale.ROOT);
        if (w.equals("has")) {
            return sameCase(verb, "have");
        }
        if (w.equals("does")) {
            return sameCase(verb, "do");
        }
        if (w.length() < 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return verb;
        }
        // "tries" is "try", but "dies", "lies", "ties" keep their "ie"
        if (w.endsWith("ies")) {
            return w.length() > 4 ? verb.substring(0, verb.length() - 3) + "y" : verb.substring(0, verb.length() - 1);
        }
        // a sibilant or an "o" took "es": "teaches", "finishes", "misses", "fixes", "buzzes", "goes", "echoes"
        // ("uses", "sizes", "shoes" end in an "e" of their own: only their "s" goes)
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")
                || w.endsWith("zzes") || w.endsWith("oes") && !w.endsWith("shoes")) {
            return verb.substring(0, verb.length() - 2);
        }
        return verb.substring(0, verb.length() - 1);
    }

    private static String sameCase(String like, String word) {
        return !like.isEmpty() && Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}

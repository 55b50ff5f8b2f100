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

    // the past of the plain forms no "-ed" rule gives, and of the two-syllable verbs that double their last letter
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(Map.entry("send", "sent"), Map.entry("meet", "met"),
            Map.entry("get", "got"), Map.entry("go", "went"), Map.entry("come", "came"), Map.entry("see", "saw"), Map.entry("give", "gave"),
            Map.entry("take", "took"), Map.entry("make", "made"), Map.entry("write", "wrote"), Map.entry("speak", "spoke"),
            Map.entry("tell", "told"), Map.entry("find", "found"), Map.entry("buy", "bought"), Map.entry("leave", "left"),
            Map.entry("begin", "began"), Map.entry("do", "did"), Map.entry("have", "had"), Map.entry("put", "put"), Map.entry("read", "read"),
            Map.entry("run", "ran"), Map.entry("sit", "sat"), Map.entry("teach", "taught"), Map.entry("think", "thought"),
            Map.entry("win", "won"), Map.entry("lose", "lost"), Map.entry("hear", "heard"), Map.entry("know", "knew"), Map.entry("pay", "paid"),
            Map.entry("say", "said"), Map.entry("build", "built"), Map.entry("bring", "brought"), Map.entry("feel", "felt"),
            Map.entry("keep", "kept"), Map.entry("lead", "led"), Map.entry("spend", "spent"), Map.entry("stand", "stood"),
            Map.entry("catch", "caught"), Map.entry("fly", "flew"), Map.entry("drive", "drove"), Map.entry("hold", "held"),
            Map.entry("become", "became"), Map.entry("forget", "forgot"), Map.entry("choose", "chose"), Map.entry("break", "broke"),
            Map.entry("submit", "submitted"), Map.entry("admit", "admitted"), Map.entry("refer", "referred"), Map.entry("transfer", "transferred"),
            Map.entry("prefer", "preferred"), Map.entry("forward", "forwarded"), Map.entry("upload", "uploaded"),
            // ("the best I eat this year", put in the past, was "the best I eated": a chef's note)
            Map.entry("eat", "ate"), Map.entry("drink", "drank"), Map.entry("sell", "sold"), Map.entry("understand", "understood"),
            Map.entry("grow", "grew"), Map.entry("draw", "drew"), Map.entry("throw", "threw"), Map.entry("wear", "wore"),
            Map.entry("ride", "rode"), Map.entry("wake", "woke"), Map.entry("fall", "fell"), Map.entry("feed", "fed"),
            Map.entry("fight", "fought"), Map.entry("seek", "sought"), Map.entry("let", "let"), Map.entry("set", "set"),
            Map.entry("cut", "cut"), Map.entry("hit", "hit"), Map.entry("shut", "shut"), Map.entry("cost", "cost"), Map.entry("hurt", "hurt"),
            Map.entry("lend", "lent"), Map.entry("sleep", "slept"), Map.entry("mean", "meant"), Map.entry("deal", "dealt"),
            Map.entry("swim", "swam"), Map.entry("sing", "sang"), Map.entry("shake", "shook"), Map.entry("rise", "rose"),
            Map.entry("stick", "stuck"), Map.entry("strike", "struck"), Map.entry("hang", "hung"), Map.entry("bite", "bit"),
            Map.entry("hide", "hid"), Map.entry("shoot", "shot"), Map.entry("forgive", "forgave"), Map.entry("overcome", "overcame"));

    /**
     * The past of a verb's plain form: "apply" to "applied", "send" to "sent", "submit" to "submitted", "chat" to "chatted",
     * "share" to "shared", "call" to "called". For a second-language writer's present told with a past time ("I send my
     * application last Friday").
     */
    public static String past(String verb) {
        String w = verb.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR_PAST.get(w);
        if (irregular != null) {
            return sameCase(verb, irregular);
        }
        if (w.endsWith("e")) {
            return verb + "d";
        }
        if (w.length() > 2 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        // one syllable ending on one vowel and one consonant doubles it: "chat" "chatted", "plan" "planned"
        if (w.matches("[^aeiou]*[aeiou][bdgklmnprt]")) {
            return verb + w.charAt(w.length() - 1) + "ed";
        }
        return verb + "ed";
    }

    /** The "-ing" form of a verb's plain form: "organise" "organising", "run" "running", "see" "seeing", "help" "helping". */
    public static String gerund(String verb) {
        String w = verb.toLowerCase(Locale.ROOT);
        if (w.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee") && w.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (w.matches("[^aeiou]*[aeiou][bdgklmnprt]")) {
            return verb + w.charAt(w.length() - 1) + "ing";
        }
        return verb + "ing";
    }

    // the past participles that are not the past ("spoken", not "spoke")
    private static final Map<String, String> PARTICIPLES = Map.ofEntries(Map.entry("speak", "spoken"), Map.entry("give", "given"),
            Map.entry("take", "taken"), Map.entry("write", "written"), Map.entry("see", "seen"), Map.entry("go", "gone"),
            Map.entry("know", "known"), Map.entry("begin", "begun"), Map.entry("choose", "chosen"), Map.entry("break", "broken"),
            Map.entry("drive", "driven"), Map.entry("fly", "flown"), Map.entry("forget", "forgotten"), Map.entry("become", "become"),
            Map.entry("come", "come"), Map.entry("run", "run"), Map.entry("do", "done"));

    /** The past participle of a verb's plain form: "meet" "met", "talk" "talked", "speak" "spoken". */
    public static String participle(String verb) {
        String irregular = PARTICIPLES.get(verb.toLowerCase(Locale.ROOT));
        return irregular != null ? sameCase(verb, irregular) : past(verb);
    }

    /**
     * The plain form of a verb told in the past: "got" to "get", "handled" to "handle", "started" to "start", "planned" to
     * "plan", "noted" to "note", "tried" to "try". Empty for a word that is no past form ("ran" is "run"; "need", "red" are none).
     */
    public static java.util.Optional<String> baseOfPast(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : IRREGULAR_PAST.entrySet()) {
            if (e.getValue().equals(w) && !e.getKey().equals(w)) {
                return java.util.Optional.of(e.getKey());
            }
        }
        if (w.length() < 5 || !w.endsWith("ed") || w.endsWith("eed")) {
            return java.util.Optional.empty();
        }
        String stem = w.substring(0, w.length() - 2);
        if (stem.endsWith("i")) {
            return java.util.Optional.of(stem.substring(0, stem.length() - 1) + "y");
        }
        char last = stem.charAt(stem.length() - 1);
        if (stem.length() > 2 && last == stem.charAt(stem.length() - 2) && "slfz".indexOf(last) < 0) {
            return java.util.Optional.of(stem.substring(0, stem.length() - 1));
        }
        // "noted", "hired": one short syllable on one consonant would have doubled it, so the plain form ends in "e";
        // "handled", "solved", "managed", "used": no English word ends so, so it does too
        boolean shortSyllable = stem.matches("[^aeiou]*[aeiou][^aeiouwxy]");
        boolean noSuchEnding = stem.matches(".*(?:[^aeiourl]l|[^aeiour]r|[vgcuz]|[^aeious]s|[iy]s|[aeo]us)");
        return java.util.Optional.of(shortSyllable || noSuchEnding ? stem + "e" : stem);
    }

    /** A past form {@link #past} gives that no "-ed" shows ("sent", "met", "put"): a word already told in the past. */
    public static boolean irregularPast(String word) {
        return IRREGULAR_PAST.containsValue(word.toLowerCase(Locale.ROOT));
    }

    /** "train" → "trains", "do" → "does", "have" → "has", "carry" → "carries". */
    public static String thirdPerson(String verb) {
        if (verb.equals("have")) {
            return "has";
        }
        if (verb.endsWith("o") || verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")) {
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    private static String sameCase(String like, String word) {
        return !like.isEmpty() && Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}

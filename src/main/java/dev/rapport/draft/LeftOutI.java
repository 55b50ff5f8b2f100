package dev.rapport.draft;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import dev.rapport.language.VerbForms;
import java.util.List;
import java.util.Set;

/**
 * A sentence of the user's that starts with what they did, its "I" left out ("passed my exam last friday!!"), gets it back.
 * The verb's form and its tag say so, not a list of verbs; the verbs a reason often starts with that are done together
 * ("met at …", "worked with her …") are {@link ReasonWords}'s to read.
 */
final class LeftOutI {
    // what a verb was done to: "passed my …", "finished the …"; not "excited to …", "based in …", nor "took 3 days" (it did),
    // nor "audited our line" (an outsider's work on the sender's own thing)
    // (nor "got it now": "it", "this", "that" point back into the sentence before, which the words continue)
    private static final Set<String> OBJECT_STARTS = Set.of("my", "the", "a", "an", "his", "her", "their", "your", "him", "them",
            "both", "all", "two", "three");
    // done with the other person, or by them ("met her", "saw his post"): read where the two are told apart
    private static final Set<String> READ_ELSEWHERE = Set.of("met", "saw", "heard", "read", "did", "went", "shared", "sat", "worked",
            "studied", "talked", "chatted", "played", "rowed", "sang", "joined",
            // what was said or sent to them, which the promise and request readers parse as typed ("told him id send …")
            "told", "said", "asked", "promised", "offered", "suggested", "invited", "sent", "gave", "emailed", "messaged", "wrote",
            "called", "showed");

    private static final java.util.regex.Pattern PASSIVE_START = java.util.regex.Pattern.compile(
            "(?i)(?:referred|introduced|recommended|pointed|sent)\\s+(?:by|to)\\b");

    private LeftOutI() {
    }

    /** The text with "I " before each sentence that starts with a verb told in the past and what it was done to. */
    static String restored(String text) {
        // (most reasons open no sentence this way: the first word of each says so without the sentence model and the tagger)
        if (!mayOpenOnADeed(text)) {
            return text;
        }
        text = carriedSubject(text);
        List<Sentence> sentences = Language.english().sentences(text);
        StringBuilder out = new StringBuilder(text);
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Sentence s = sentences.get(i);
            int at = s.start() + (s.text().length() - s.text().stripLeading().length());
            if (pastStart(s.text())) {
                // ("Ran the demo": the verb is no longer the sentence's first word)
                out.replace(at, at + 1, "I " + Character.toLowerCase(out.charAt(at)));
            } else if (PASSIVE_START.matcher(s.text().strip()).lookingAt()) {
                // "Referred by my friend Hitesh Shah …": the sender was
                out.replace(at, at + 1, "I was " + Character.toLowerCase(out.charAt(at)));
            }
        }
        return out.toString();
    }

    private static final Set<String> THIRD_SUBJECTS = Set.of("she", "he");

    /**
     * "she was on my team at etsy, 2013 to 2017. did the order sharding migration w zero checkout downtime": a sentence that
     * opens on a past verb right after one whose subject is "she" or "he" goes on telling of her; its subject is hers, not the
     * sender's (a hiring manager's note said "I did the order sharding migration" to the engineer who did it).
     */
    private static String carriedSubject(String text) {
        List<Sentence> sentences = Language.english().sentences(text);
        StringBuilder out = new StringBuilder(text);
        for (int i = sentences.size() - 1; i >= 1; i--) {
            List<Token> previous = sentences.get(i - 1).tokens();
            List<Token> tokens = sentences.get(i).tokens();
            if (previous.isEmpty() || tokens.size() < 3 || !THIRD_SUBJECTS.contains(previous.get(0).lower())) {
                continue;
            }
            String w = tokens.get(0).lower();
            boolean past = VerbForms.irregularPast(w) || VerbForms.baseOfPast(w).isPresent() || w.equals("did");
            if (past && Character.isLetter(tokens.get(0).text().charAt(0)) && !tokens.get(1).is("ADP")) {
                int at = sentences.get(i).start() + (sentences.get(i).text().length() - sentences.get(i).text().stripLeading().length());
                out.replace(at, at + 1, previous.get(0).lower() + " " + Character.toLowerCase(out.charAt(at)));
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern SENTENCE_OPENING = java.util.regex.Pattern.compile("(?:^|[.!?]\\s+)\\W*(\\p{L}+)");

    private static boolean mayOpenOnADeed(String text) {
        java.util.regex.Matcher m = SENTENCE_OPENING.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (w.endsWith("ed") || VerbForms.irregularPast(w) || w.equals("sent")) {
                return true;
            }
        }
        return false;
    }

    /** The first word is a verb told in the past and the next starts what it was done to. */
    static boolean pastStart(String sentence) {
        List<Token> tokens = Language.english().tokens(sentence.strip());
        if (tokens.size() < 3) {
            return false;
        }
        Token first = tokens.get(0);
        String w = first.lower();
        if (READ_ELSEWHERE.contains(w) || !Character.isLetter(first.text().charAt(0))) {
            return false;
        }
        boolean past = VerbForms.irregularPast(w) || VerbForms.baseOfPast(w).isPresent();
        return past && !first.is("ADJ", "NOUN", "PROPN") && OBJECT_STARTS.contains(tokens.get(1).lower());
    }
}

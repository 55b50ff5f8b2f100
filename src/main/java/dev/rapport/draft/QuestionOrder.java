package dev.rapport.draft;

import dev.rapport.language.Language;
import dev.rapport.language.Token;
import java.util.List;
import java.util.Set;

/**
 * A question typed in a statement's order, as second-language users often do ("my question: the new
 * branch need its own superintendent pharmacist before we book inspection or can be after?"), put in
 * a question's order: "Does the new branch need its own superintendent pharmacist before we book
 * inspection, or can that be after?". It reads the language layer's tags: a short noun phrase, then
 * its verb; the auxiliary moves in front of the subject, or "do"/"does" comes there. Anything it
 * cannot read so is left blank, and the caller keeps to what it had.
 */
final class QuestionOrder {
    private static final Set<String> MOVABLE = Set.of("can", "could", "should", "would", "will", "may", "must", "might",
            "is", "are", "was", "were", "has", "have");
    private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON");
    // a subject that takes "do" rather than "does"
    private static final Set<String> PLURAL_PRONOUNS = Set.of("i", "we", "you", "they");

    private QuestionOrder() {
    }

    /** The question in a question's order, without its question mark; blank when the words are no statement-order question. */
    static String of(String statement) {
        return of(statement, false);
    }

    /**
     * As {@link #of(String)}, after a question word ("how", "why"), where a past is asked too: "he got budget owners to own
     * supplier relationships" is "Did he get …" (it was "How does you got …?"). Alone, a past is told, not asked ("we finished
     * the audit last week").
     */
    static String afterQuestionWord(String statement) {
        return of(statement, true);
    }

    private static String of(String statement, boolean pastAsked) {
        String s = statement.strip().replaceAll("[?!.]+$", "").strip();
        List<Token> t = Language.english().tokens(s);
        int v = 0;
        while (v < t.size() && v < 8 && (t.get(v).is(SUBJECT_TAGS.toArray(String[]::new)) || placed(t, v)) && !isVerb(t, v)) {
            v++;
        }
        if (v == 0 || v + 1 >= t.size() || !isVerb(t, v) || !t.get(v - 1).is("NOUN", "PROPN", "PRON")) {
            return "";
        }
        String subject = s.substring(0, t.get(v).start()).strip();
        String verb = t.get(v).lower();
        String rest = s.substring(t.get(v).end()).strip();
        String asked;
        if (MOVABLE.contains(verb)) {
            asked = capital(verb) + " " + lowerFirst(subject, t.get(0)) + " " + rest;
        } else if (pastAsked && t.get(v).is("VERB") && dev.rapport.language.VerbForms.baseOfPast(verb).isPresent()) {
            asked = "Did " + lowerFirst(subject, t.get(0)) + " " + dev.rapport.language.VerbForms.baseOfPast(verb).get() + " " + rest;
        } else {
            if (!t.get(v).is("VERB", "AUX") || verb.endsWith("ed") && !verb.endsWith("eed") || verb.endsWith("ing")) {
                return "";
            }
            String head = t.get(v - 1).lower();
            boolean plural = PLURAL_PRONOUNS.contains(head) || t.get(v - 1).is("NOUN") && head.endsWith("s") && !head.endsWith("ss");
            boolean third = verb.endsWith("s") && !verb.endsWith("ss");
            String base = third ? dev.rapport.language.VerbForms.base(verb) : verb;
            asked = (plural ? "Do " : "Does ") + lowerFirst(subject, t.get(0)) + " " + base + " " + rest;
        }
        return ELIDED_OR.matcher(asked).replaceFirst(", or $1 that ");
    }

    // "… before we book inspection or can be after": the second half's subject, left out, is the first half's whole matter
    private static final java.util.regex.Pattern ELIDED_OR = java.util.regex.Pattern.compile(
            "(?i),?\\s+or\\s+(can|could|should|must|will|would|may)\\s+(?=be\\b|\\p{L}+\\b)(?!(?:i|we|you|they|it|that|this|he|she)\\b)");

    /** "the interview process at Loblaw Digital": a preposition after the subject's noun, before a name or a noun, is the subject's. */
    private static boolean placed(List<Token> t, int i) {
        return i > 0 && i + 1 < t.size() && t.get(i).is("ADP") && t.get(i - 1).is("NOUN", "PROPN") && t.get(i + 1).is("PROPN", "NOUN", "DET");
    }

    private static boolean isVerb(List<Token> t, int i) {
        Token x = t.get(i);
        // "need" before an object is the main verb, whatever tag it was given
        return x.is("VERB", "AUX") || MOVABLE.contains(x.lower());
    }

    private static String lowerFirst(String subject, Token first) {
        return first.is("PROPN") || first.text().equals("I") ? subject : Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

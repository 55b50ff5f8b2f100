package dev.rapport.etiquette;

import dev.rapport.language.Language;
import dev.rapport.language.Token;
import dev.rapport.purpose.Purpose;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer to send the reader something on what they asked the sender about: "she came by our booth and asked about
 * ICU residencies", then "I can send you our list of ICU openings". Answering someone's own question is no pitch,
 * however a seller's words it has; a perk or another product ("we have a sign-on bonus", "our travel contracts") is
 * still read as one. Pure; the gate asks it before a sentence is called a pitch, and phrase rules still apply.
 */
final class SendingWhatTheyAsked {
    // the reason says the reader asked: "she asked about X", "he came by and asked me for X", "they asked after X"
    private static final Pattern ASKED = Pattern.compile(
            // ("Amine asked for our reefer rates at the Sfax meeting": the reader by name)
            "\\b(?:(?i:she|he|they)|\\p{Lu}\\p{Ll}+)\\b[^.;!?]{0,60}?\\b(?i:ask(?:ed|s)?)\\s+(?i:me\\s+|us\\s+)?(?i:about|for|after)\\s+([^.;!?,]{2,80})");
    // the sentence offers to send the reader something: "I can send you …", "happy to share …", "I'll email you …"
    private static final Pattern SENDS = Pattern.compile(
            "(?i)^\\W*(?:(?:i|we)(?:'ll|’ll|'d|’d| will| can| could| would)?(?: (?:be )?(?:happy|glad) to| like to)?|(?:happy|glad) to|may i|can i|could i)"
                    + "\\s+(?:gladly\\s+)?(?:send|share|forward|email|e-mail|mail|pass on)\\s+(?:you\\b|it\\b|them\\b|(?:along\\s+)?(?:our|my|the|a)\\b)");

    private SendingWhatTheyAsked() {
    }

    /** True when the sentence offers to send something named by a word of what the reason says the reader asked about. */
    static boolean in(String sentence, Purpose purpose) {
        if (purpose == null || sentence == null || !SENDS.matcher(sentence).lookingAt()) {
            return false;
        }
        Set<String> asked = new HashSet<>();
        Matcher m = ASKED.matcher(purpose.text());
        while (m.find()) {
            asked.addAll(names(m.group(1)));
        }
        if (asked.isEmpty()) {
            return false;
        }
        return names(sentence).stream().anyMatch(asked::contains);
    }

    /** The nouns of a text, lower case, a plural's "s" dropped: what it names. */
    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        List<Token> tokens = Language.english().tokens(text);
        for (Token t : tokens) {
            if (t.is("NOUN", "PROPN") && t.isWord() && t.text().length() >= 3) {
                String w = t.lower();
                out.add(w.endsWith("s") && !w.endsWith("ss") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}

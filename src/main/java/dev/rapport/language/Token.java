package dev.rapport.language;

import java.util.Locale;

/**
 * One token of a sentence: its text, its offsets into the original text (end exclusive) and the
 * part-of-speech tag the model gave it (Universal Dependencies: NOUN, PROPN, VERB, AUX, PRON, ADJ, ...).
 */
public record Token(String text, int start, int end, String tag) {

    /** The token in lower case, for word lists. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when the tag is one of the given ones. */
    public boolean is(String... tags) {
        for (String t : tags) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** A word (letters or digits), as opposed to punctuation or a symbol. */
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}

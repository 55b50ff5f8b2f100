package dev.rapport.language;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a sentence: its text, its offsets into the original text (end exclusive) and the
 * part-of-speech tag the model gave it (Universal Dependencies: NOUN, PROPN, VERB, AUX, PRON, ADJ, ...).
 * A value like a record; its lower-case form is made once, since every word list asks for it (a profile
 * of a warm check + draft put 2 % of the time in lower-casing the same tokens again).
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final String tag;
    private String lower;

    public Token(String text, int start, int end, String tag) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.tag = tag;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String tag() {
        return tag;
    }

    /** The token in lower case, for word lists. */
    public String lower() {
        String l = lower;
        if (l == null) {
            l = text.toLowerCase(Locale.ROOT);
            lower = l;
        }
        return l;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && text.equals(t.text) && Objects.equals(tag, t.tag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end, tag);
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", start=" + start + ", end=" + end + ", tag=" + tag + "]";
    }
}

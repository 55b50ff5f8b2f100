package dev.rapport.language;

import java.util.List;

/**
 * One sentence of a text: its text without surrounding white space, its offsets into the original text
 * (end exclusive) and its tokens. The tokens are tagged when first read, so that code which needs only
 * the sentence boundaries does not pay for tagging.
 */
public record Sentence(String text, int start, int end, List<Token> tokens) {

    /** The index of the token that covers the offset (into the original text), or -1. */
    public int tokenAt(int offset) {
        List<Token> ts = words();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (offset >= t.start() && offset < t.end()) {
                return i;
            }
            if (t.start() > offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The tokens without part-of-speech tags (their tag is empty unless the sentence was tagged already):
     * the same boundaries as {@link #tokens()}, at a fraction of the cost, for code that needs only words.
     */
    public List<Token> words() {
        return tokens instanceof Language.LazyTokens lazy ? lazy.words() : tokens;
    }

    /** True when the offset (into the original text) lies inside this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}

package dev.rapport.text;

/**
 * What the user typed, as a reply quotes it back: short words whole, a long paste only by its start
 * (a hand session had a 21,200-character paste echoed whole inside "I did not understand “…”").
 */
public final class QuotedBack {
    /** Longer than this is cut. */
    static final int WHOLE = 80;
    /** The start kept of a longer text, cut back to a word's end. */
    static final int START = 60;

    private QuotedBack() {
    }

    public static String of(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.codePointCount(0, t.length()) <= WHOLE) {
            return t;
        }
        String head = t.substring(0, t.offsetByCodePoints(0, START));
        int space = head.lastIndexOf(' ');
        return (space > START / 2 ? head.substring(0, space) : head).strip() + "…";
    }
}

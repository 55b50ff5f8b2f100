package dev.rapport.etiquette;

/**
 * Text that a regular expression may look at only so many times. java.util.regex reads its input
 * through {@link #charAt}, so counting the reads bounds the work of any pattern, however it
 * backtracks: a pattern that needs more than its budget stops with {@link Exhausted} instead of
 * running for hours. Deterministic (no clock), so the same note always gets the same answer.
 */
final class BudgetedText implements CharSequence {
    /** Reads allowed per character of text, plus a floor for short texts; ordinary patterns need a handful. */
    static final long STEPS_PER_CHAR = 200;
    static final long BASE_STEPS = 200_000;

    /** Thrown when the budget is spent; no stack trace, it is expected and caught. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("regex budget spent", null, false, false);
        }
    }

    private final String text;
    private final int from;
    private final int to;
    private final long[] left;

    private BudgetedText(String text, int from, int to, long[] left) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.left = left;
    }

    static BudgetedText of(String text) {
        return new BudgetedText(text, 0, text.length(), new long[] {BASE_STEPS + STEPS_PER_CHAR * text.length()});
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(from + index);
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedText(text, from + start, from + end, left);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }
}

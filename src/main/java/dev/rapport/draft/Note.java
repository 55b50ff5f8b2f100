package dev.rapport.draft;

/**
 * A drafted invitation note; {@code chars} counts code points, as LinkedIn does; {@code angle} names
 * the common ground it leads with; {@code plan} is the plan it was realised from (null when a model
 * wrote it), which refinements edit.
 */
public record Note(String text, int chars, String angle, NotePlan plan) {
    public Note(String text, int chars, String angle) {
        this(text, chars, angle, null);
    }

    /** Two notes are the same note when they read the same; the plan is how one was made, not what it says. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Note n && text.equals(n.text) && chars == n.chars && java.util.Objects.equals(angle, n.angle);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, chars, angle);
    }

    public static Note of(String text, String angle) {
        return of(text, angle, null);
    }

    public static Note of(String text, String angle, NotePlan plan) {
        return new Note(text, text.codePointCount(0, text.length()), angle, plan);
    }
}

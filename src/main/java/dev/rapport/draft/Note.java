package dev.rapport.draft;

/** A drafted invitation note; {@code chars} counts code points, as LinkedIn does; {@code angle} names the common ground it leads with. */
public record Note(String text, int chars, String angle) {
    public static Note of(String text, String angle) {
        return new Note(text, text.codePointCount(0, text.length()), angle);
    }
}

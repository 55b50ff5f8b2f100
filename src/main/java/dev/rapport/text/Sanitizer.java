package dev.rapport.text;

import java.util.regex.Pattern;

/**
 * Removes what must never reach a terminal from untrusted text: ANSI/OSC escape sequences and
 * other control characters. Newlines and tabs survive; CRLF and lone CR become LF.
 */
public final class Sanitizer {
    // CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and other two-byte ESC sequences.
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]|\u009B[0-?]*[ -/]*[@-~]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\n\t]]|[\u202A-\u202E\u2066-\u2069]");
    /**
     * Zero-width characters hide in copied names and make notes that look right but are not; the
     * joiner (U+200D) stays only between two symbols, where it builds an emoji such as 👩‍💻.
     */
    private static final Pattern ZERO_WIDTH = Pattern.compile(
            "[\u200B\u200C\u2060\u180E\uFEFF\u00AD]|(?<=[\\p{L}\\p{N}\\s]|^)\u200D|\u200D(?=[\\p{L}\\p{N}\\s]|$)");

    private Sanitizer() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return plain(text) ? text : scrub(text);
    }

    /** The full cleaning, for text that holds a character {@link #plain} does not pass. */
    static String scrub(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = ESCAPES.matcher(s).replaceAll("");
        s = CONTROLS.matcher(s).replaceAll("");
        return ZERO_WIDTH.matcher(s).replaceAll("");
    }

    /**
     * True when no character could be touched by {@link #clean}: most text is plain, and the three
     * pattern passes were a tenth of a warm draft's time (the gate cleans every candidate note).
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && (c <= 0x9F || c == 0xAD || c == 0x180E
                    || c >= 0x200B && c <= 0x200D || c == 0x2060 || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF)) {
                return false;
            }
        }
        return true;
    }

    /** Code points, the way LinkedIn counts a note's length. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

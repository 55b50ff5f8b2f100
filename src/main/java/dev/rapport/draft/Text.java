package dev.rapport.draft;

import dev.rapport.text.Sanitizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for putting untrusted profile text into a note. */
final class Text {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*");
    // Braces and brackets would read as a leftover template marker; angle brackets as markup.
    private static final Pattern MARKERS = Pattern.compile("[{}\\[\\]<>]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Text() {
    }

    /**
     * A value fit to sit inside a sentence: no control characters, links, markers or line breaks,
     * single spaces, and no trailing punctuation (the template supplies its own).
     */
    static String value(String raw, boolean keepQuestionMarks) {
        String s = Sanitizer.clean(raw == null ? "" : raw);
        s = URL.matcher(s).replaceAll(" ");
        s = MARKERS.matcher(s).replaceAll(" ");
        if (!keepQuestionMarks) {
            s = s.replace('?', ' ');
        }
        s = SPACE.matcher(s).replaceAll(" ").strip();
        while (!s.isEmpty() && ".,;:!".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        while (!s.isEmpty() && ",;:".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        return s;
    }

    static int length(String s) {
        return Sanitizer.length(s);
    }


    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A stable, platform-independent hash (String.hashCode is specified by the JLS). */
    static int seed(String... parts) {
        return String.join("\u0000", parts).hashCode();
    }
}

package dev.rapport.ground;

import dev.rapport.text.Words;
import java.util.regex.Pattern;

/**
 * The one way this package makes text comparable: accents removed, lower case, "&amp;" spelled out,
 * apostrophes and dots dropped inside words, every other punctuation mark turned into a space.
 */
public final class Folding {
    private static final Pattern TIGHT_AMPERSAND = Pattern.compile("(?<=\\p{L})&(?=\\p{L})");
    private static final Pattern GLUE = Pattern.compile("['’`.]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Words.fold(text);
        s = TIGHT_AMPERSAND.matcher(s).replaceAll("");          // AT&T -> att, not "at and t"
        s = s.replace("&", " and ");
        s = GLUE.matcher(s).replaceAll("");                     // McDonald's, S.A., Corp.
        return OTHER.matcher(s).replaceAll(" ").strip();
    }
}

package dev.rapport.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The writing system a text is mostly in, by Unicode script. A note in Chinese, Thai or Japanese has no
 * spaces between its words, so counting English words cannot tell it is foreign; counting letters by
 * script can, for any length. Pure.
 */
public final class Scripts {
    private Scripts() {
    }

    /**
     * The commonest script among the text's letters when most of them are in scripts other than Latin
     * ("Han" for Chinese); empty for English, for other Latin-script languages and for text with no letters.
     */
    public static Optional<UnicodeScript> mostlyNonLatin(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(c);
            if (script == UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
                letters.merge(script, 1, Integer::sum);
            }
        }
        if (other <= latin) {
            return Optional.empty();
        }
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The script's name in plain words ("Han", "Devanagari", "Old Italic"). */
    public static String name(UnicodeScript script) {
        String words = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }
}

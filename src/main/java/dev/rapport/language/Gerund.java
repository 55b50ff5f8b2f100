package dev.rapport.language;

import java.util.Locale;
import java.util.Map;

/**
 * The -ing form of a past-tense verb ("trialled" to "trialling", "organised" to "organising",
 * "studied" to "studying", "gave" to "giving"), for thanks said for a deed: "Thank you for trialling …".
 * Empty for a word it cannot form safely.
 */
public final class Gerund {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("gave", "giving"), Map.entry("ran", "running"),
            Map.entry("did", "doing"), Map.entry("took", "taking"), Map.entry("taught", "teaching"), Map.entry("made", "making"),
            Map.entry("came", "coming"), Map.entry("led", "leading"), Map.entry("sent", "sending"), Map.entry("wrote", "writing"),
            Map.entry("spoke", "speaking"), Map.entry("told", "telling"), Map.entry("found", "finding"), Map.entry("brought", "bringing"),
            Map.entry("built", "building"), Map.entry("got", "getting"), Map.entry("put", "putting"), Map.entry("let", "letting"),
            Map.entry("showed", "showing"), Map.entry("shared", "sharing"), Map.entry("agreed", "agreeing"), Map.entry("freed", "freeing"),
            Map.entry("saw", "seeing"), Map.entry("met", "meeting"), Map.entry("stood", "standing"), Map.entry("kept", "keeping"),
            Map.entry("became", "becoming"), Map.entry("won", "winning"), Map.entry("began", "beginning"),
            // news typed in the present by a second-language writer ("now he open his own restaurant")
            Map.entry("open", "opening"), Map.entry("opens", "opening"), Map.entry("become", "becoming"), Map.entry("becomes", "becoming"),
            Map.entry("start", "starting"), Map.entry("starts", "starting"), Map.entry("launch", "launching"), Map.entry("launches", "launching"));

    private Gerund() {
    }

    public static String of(String past) {
        String w = past.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (!w.endsWith("ed") || w.length() < 5) {
            return "";
        }
        if (w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "ying";
        }
        // "hosted" → "hosting", "trialled" → "trialling", "organised" → "organising" (the final e drops before -ing anyway)
        return w.substring(0, w.length() - 2) + "ing";
    }
}

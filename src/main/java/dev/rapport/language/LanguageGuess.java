package dev.rapport.language;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language a text is written in, by OpenNLP's language detector (103 languages, character n-grams).
 * The model is 10 MB, so callers ask only about text that already looks foreign by a cheaper test.
 * Only the languages LinkedIn's own pages come in are named: on a short note the detector's first
 * guess among all 103 is often a neighbour ("Esperanto" for Spanish, "Waray" for a list of names).
 */
public final class LanguageGuess {
    private static final String MODEL = "/langdetect-183.bin";
    /** LinkedIn's interface languages, as ISO 639-3 codes (the detector's labels). */
    private static final Set<String> LINKEDIN = Set.of("ara", "ben", "ces", "dan", "nld", "eng", "fin", "fra", "deu",
            "ell", "heb", "hin", "hun", "ind", "ita", "jpn", "kor", "msa", "zsm", "mar", "nob", "nor", "pan", "pol",
            "por", "ron", "rus", "spa", "swe", "tel", "tha", "tgl", "tur", "ukr", "vie", "cmn", "zho");
    /** The scripts of LinkedIn's languages that are not written in Latin letters: a guess must be in the note's own script. */
    private static final Map<String, Set<UnicodeScript>> SCRIPTS = Map.ofEntries(
            Map.entry("ara", Set.of(UnicodeScript.ARABIC)), Map.entry("ben", Set.of(UnicodeScript.BENGALI)),
            Map.entry("ell", Set.of(UnicodeScript.GREEK)), Map.entry("heb", Set.of(UnicodeScript.HEBREW)),
            Map.entry("hin", Set.of(UnicodeScript.DEVANAGARI)), Map.entry("mar", Set.of(UnicodeScript.DEVANAGARI)),
            Map.entry("jpn", Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA)),
            Map.entry("kor", Set.of(UnicodeScript.HANGUL)), Map.entry("pan", Set.of(UnicodeScript.GURMUKHI)),
            Map.entry("rus", Set.of(UnicodeScript.CYRILLIC)), Map.entry("ukr", Set.of(UnicodeScript.CYRILLIC)),
            Map.entry("tel", Set.of(UnicodeScript.TELUGU)), Map.entry("tha", Set.of(UnicodeScript.THAI)),
            Map.entry("cmn", Set.of(UnicodeScript.HAN)), Map.entry("zho", Set.of(UnicodeScript.HAN)));
    private static final Map<String, String> NAMES = names();
    private static final LazyModel<LanguageDetectorME> DETECTOR =
            new LazyModel<>(MODEL, in -> new LanguageDetectorME(new LanguageDetectorModel(in)));

    private LanguageGuess() {
    }

    /** The English name of the text's language ("Spanish") when its likeliest language is not English. */
    public static Optional<String> notEnglish(String text) {
        Optional<Language> best = Arrays.stream(DETECTOR.get().predictLanguages(text))
                .filter(l -> LINKEDIN.contains(l.getLang())).findFirst();
        return best.filter(l -> !l.getLang().equals("eng")).map(l -> NAMES.getOrDefault(l.getLang(), l.getLang()));
    }

    /**
     * The English name of the likeliest of LinkedIn's languages written in {@code script} ("Chinese" for a note in
     * Han characters); empty when none of them is (a note in Georgian is not guessed Korean).
     */
    public static Optional<String> inScript(String text, UnicodeScript script) {
        return Arrays.stream(DETECTOR.get().predictLanguages(text)).map(Language::getLang)
                .filter(l -> SCRIPTS.getOrDefault(l, Set.of()).contains(script)).findFirst()
                .map(l -> NAMES.getOrDefault(l, l));
    }

    /** ISO 639-3 code to English name, from the JDK's locales ("deu" to "German"). */
    private static Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(two);
            try {
                out.put(l.getISO3Language(), l.getDisplayLanguage(Locale.ENGLISH));
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code: the detector has no label for it either
            }
        }
        out.put("cmn", "Chinese");
        out.put("zsm", "Malay");
        return out;
    }
}

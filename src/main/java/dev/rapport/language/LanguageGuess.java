package dev.rapport.language;

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

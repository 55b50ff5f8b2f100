package dev.rapport.profile;

import dev.rapport.text.BuiltIn;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The phrase lists the readers match against, loaded once from the YAML resources of this package. */
final class Phrases {
    record Wishes(Map<String, List<String>> preferences, List<String> negations, List<String> statementCues) {
    }

    record PageText(Map<String, List<String>> sections, List<String> noise, List<String> employmentTypes,
                    List<String> causes, List<String> degreeWords, List<String> schoolWords) {
    }

    static final Wishes WISHES = load("phrases.yaml", Wishes.class);
    static final PageText PAGE = load("page-text.yaml", PageText.class);

    private Phrases() {
    }

    /**
     * A phrase as a whole-word, case-insensitive pattern; '*' spans a few words of the same sentence.
     * Curly apostrophes are matched too because copied text uses both.
     */
    static Pattern phrasePattern(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] parts = phrase.strip().split("\\s*\\*\\s*");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("\\s+(?:[^.!?\\n]{0,60}?\\s+)?");
            }
            String quoted = Pattern.quote(parts[i]).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q");
            regex.append(quoted);
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static <T> T load(String name, Class<T> type) {
        return BuiltIn.read("/dev/rapport/profile/" + name, type);
    }
}

package dev.rapport.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of the weekdays and the months, the one list every reader of dates uses ("on Thursday",
 * "in March", "truganina thursday").
 */
public final class CalendarWords {
    /** The weekdays, as written. */
    public static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    /** The months, as written. */
    public static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    private static final Set<String> WEEKDAY_WORDS = lower(WEEKDAYS);
    private static final Set<String> MONTH_WORDS = lower(MONTHS);

    private CalendarWords() {
    }

    /** True when the word is a weekday's name, in any case ("thursday", "Thursday"). */
    public static boolean weekday(String word) {
        return word != null && WEEKDAY_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the word is a month's full name, in any case. */
    public static boolean month(String word) {
        return word != null && MONTH_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The month's full name for its name or its three-letter (or "sept") short form, in any case; the word itself otherwise. */
    public static String monthName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String m : MONTHS) {
            String l = m.toLowerCase(Locale.ROOT);
            if (l.equals(w) || w.length() >= 3 && l.startsWith(w) && (w.length() == 3 || w.equals("sept"))) {
                return m;
            }
        }
        return word;
    }

    private static Set<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}

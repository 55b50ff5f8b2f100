package dev.rapport.profile;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as profiles write them: "Jan 2020", "January 2020", "2019-04", "2019-04-01", "2019", "Present". */
final class ProfileDates {
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String ONE = "(?:" + MONTH + "\\s+)?(?:19|20)\\d{2}";
    private static final String NOW = "present|now|current|today";
    /** A whole line such as "Jan 2020 - Present · 4 yrs 11 mos", "2015 – 2018" or "Mar 2019 — Aug 2021". */
    private static final Pattern RANGE_LINE = Pattern.compile(
            "(?<from>" + ONE + ")(?:\\s*[-–—]\\s*(?<to>" + ONE + "|" + NOW + "))?(?:\\s*·\\s*(?<rest>.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "(?:less than a year|\\d+\\s+(?:yrs?|years?|mos?|months?)(?:\\s+\\d+\\s+(?:mos?|months?))?)",
            Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> MONTH_FORMATS = List.of(
            formatter("MMM uuuu"), formatter("MMMM uuuu"), formatter("uuuu-MM-dd"), formatter("uuuu-MM"),
            formatter("M/uuuu"), formatter("MM/uuuu"));
    private static final DateTimeFormatter YEAR_START = new DateTimeFormatterBuilder().appendPattern("uuuu")
            .parseDefaulting(ChronoField.MONTH_OF_YEAR, 1).toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter YEAR_END = new DateTimeFormatterBuilder().appendPattern("uuuu")
            .parseDefaulting(ChronoField.MONTH_OF_YEAR, 12).toFormatter(Locale.ENGLISH);

    private ProfileDates() {
    }

    /** The range a whole line states, or null when the line is not a date line. */
    static DateRange rangeLine(String line) {
        Matcher m = RANGE_LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String rest = m.group("rest");
        if (rest != null && !rest.isBlank() && !DURATION.matcher(rest.strip()).matches() && !durationOrPlace(rest.strip())) {
            return null;
        }
        return range(m.group("from"), m.group("to") == null ? m.group("from") : m.group("to"));
    }

    /**
     * "Mar 2014 – Jun 2019 · Manchester", "… · 5 yrs 4 mos · Leeds, England": the place after the dates (or after their
     * length), as a page copied one way shows it; a new user's job pasted so was lost into the entry above it.
     */
    private static boolean durationOrPlace(String rest) {
        String[] parts = rest.split("\\s*·\\s*");
        for (String part : parts) {
            if (!DURATION.matcher(part).matches() && !PLACE_PART.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PLACE_PART = Pattern.compile("\\p{Lu}[\\p{L}'’ .-]{1,30}(?:,\\s*\\p{Lu}[\\p{L}'’ .-]{1,30}){0,2}");

    /** "6 yrs 5 mos" or "Full-time · 6 yrs 5 mos": the total a grouped company shows before its roles. */
    static boolean isDurationLine(String line) {
        String s = line.strip();
        int dot = s.lastIndexOf('·');
        if (dot >= 0) {
            String before = s.substring(0, dot).strip().toLowerCase(Locale.ROOT);
            if (!Phrases.PAGE.employmentTypes().contains(before)) {
                return false;
            }
            s = s.substring(dot + 1).strip();
        }
        return DURATION.matcher(s).matches();
    }

    /** A range from two date texts; a blank or "present" end means the period is still going on. */
    static DateRange range(String from, String to) {
        YearMonth start = month(from, false);
        if (start == null) {
            return DateRange.UNKNOWN;
        }
        YearMonth end = isNow(to) ? null : month(to, true);
        if (end != null && end.isBefore(start)) {
            end = start;
        }
        return new DateRange(start, end);
    }

    /** A range where a missing end is unknown rather than present (a school's years, say). */
    static DateRange closedRange(String from, String to) {
        if (to == null || to.isBlank()) {
            YearMonth start = month(from, false);
            return start == null ? DateRange.UNKNOWN : new DateRange(start, month(from, true));
        }
        return range(from, to);
    }

    static boolean isNow(String text) {
        return text == null || text.isBlank() || text.strip().toLowerCase(Locale.ROOT).matches(NOW);
    }

    /** One date; a bare year means January when it starts a period and December when it ends one. */
    static YearMonth month(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(".", "").replaceAll("\\s+", " ");
        s = s.replaceFirst("(?i)^sept\\b", "Sep");
        for (DateTimeFormatter f : MONTH_FORMATS) {
            try {
                return YearMonth.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        try {
            return YearMonth.parse(s, end ? YEAR_END : YEAR_START);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}

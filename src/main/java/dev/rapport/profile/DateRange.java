package dev.rapport.profile;

import java.time.YearMonth;

/**
 * A period such as a job or a course of study. {@code start} may be unknown (null);
 * a null {@code end} means "present". Precision is a month because that is what profiles give.
 */
public record DateRange(YearMonth start, YearMonth end) {

    public static final DateRange UNKNOWN = new DateRange(null, null);

    public static DateRange years(int from, Integer to) {
        return new DateRange(YearMonth.of(from, 1), to == null ? null : YearMonth.of(to, 12));
    }

    public boolean isCurrent() {
        return start != null && end == null;
    }

    public boolean isKnown() {
        return start != null;
    }

    /** True when both periods are known and share at least one month ("present" is read as {@code today}). */
    public boolean overlaps(DateRange other, YearMonth today) {
        if (!isKnown() || other == null || !other.isKnown()) {
            return false;
        }
        YearMonth myEnd = end == null ? today : end;
        YearMonth theirEnd = other.end == null ? today : other.end;
        return !start.isAfter(theirEnd) && !other.start.isAfter(myEnd);
    }

    /** The months both periods share, or null when they do not overlap. */
    public DateRange intersection(DateRange other, YearMonth today) {
        if (!overlaps(other, today)) {
            return null;
        }
        YearMonth from = start.isAfter(other.start) ? start : other.start;
        YearMonth myEnd = end == null ? today : end;
        YearMonth theirEnd = other.end == null ? today : other.end;
        YearMonth to = myEnd.isBefore(theirEnd) ? myEnd : theirEnd;
        boolean bothCurrent = end == null && other.end == null;
        return new DateRange(from, bothCurrent ? null : to);
    }

    /** "2016–2021", "2019–present", "2020" or "" when unknown. */
    public String display() {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return start.getYear() + "–present";
        }
        if (end.getYear() == start.getYear()) {
            return Integer.toString(start.getYear());
        }
        return start.getYear() + "–" + end.getYear();
    }
}

package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProfileDatesTest {

    @Test
    void readsTheDateLinesLinkedInShows() {
        assertThat(ProfileDates.rangeLine("Jan 2020 - Present · 4 yrs 11 mos"))
                .isEqualTo(new DateRange(YearMonth.of(2020, 1), null));
        assertThat(ProfileDates.rangeLine("2015 - 2018")).isEqualTo(DateRange.years(2015, 2018));
        assertThat(ProfileDates.rangeLine("Mar 2019 – Aug 2021")).isEqualTo(new DateRange(YearMonth.of(2019, 3), YearMonth.of(2021, 8)));
        assertThat(ProfileDates.rangeLine("Sept 2019 — now · 1 yr")).isEqualTo(new DateRange(YearMonth.of(2019, 9), null));
        assertThat(ProfileDates.rangeLine("September 2019 - Less than a year")).isNull();
        assertThat(ProfileDates.rangeLine("Led 2019 migration")).isNull();
        assertThat(ProfileDates.rangeLine("128")).isNull();
    }

    @Test
    void readsJsonResumeAndExportDates() {
        assertThat(ProfileDates.range("2019-04", null)).isEqualTo(new DateRange(YearMonth.of(2019, 4), null));
        assertThat(ProfileDates.range("2019-04-01", "2020-02-29")).isEqualTo(new DateRange(YearMonth.of(2019, 4), YearMonth.of(2020, 2)));
        assertThat(ProfileDates.range("2019", "2020")).isEqualTo(DateRange.years(2019, 2020));
        assertThat(ProfileDates.range("Jan 2020", "")).isEqualTo(new DateRange(YearMonth.of(2020, 1), null));
        assertThat(ProfileDates.range("someday", "2020")).isEqualTo(DateRange.UNKNOWN);
    }

    @Test
    void groupDurationsAreNotDates() {
        assertThat(ProfileDates.isDurationLine("Full-time · 6 yrs 5 mos")).isTrue();
        assertThat(ProfileDates.isDurationLine("6 yrs")).isTrue();
        assertThat(ProfileDates.isDurationLine("Stripewell · 6 yrs")).isFalse();
        assertThat(ProfileDates.isDurationLine("6 engineers")).isFalse();
    }

    @Property
    void everyMonthYearRangeRoundTrips(@ForAll @IntRange(min = 1950, max = 2030) int year,
                                       @ForAll @IntRange(min = 1, max = 12) int month,
                                       @ForAll @IntRange(min = 0, max = 30) int length) {
        YearMonth from = YearMonth.of(year, month);
        YearMonth to = from.plusMonths(length);
        String line = name(from) + " – " + name(to) + " · " + (length / 12) + " yrs";
        assertThat(ProfileDates.rangeLine(line)).isEqualTo(new DateRange(from, to));
    }

    private static String name(YearMonth m) {
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + m.getYear();
    }
}

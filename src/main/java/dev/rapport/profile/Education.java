package dev.rapport.profile;

/** A school attended, with degree and years; {@code activities} keeps clubs and societies, which are common ground too. */
public record Education(String school, String degree, DateRange years, String activities) {
    public Education {
        school = school == null ? "" : school.strip();
        degree = degree == null ? "" : degree.strip();
        years = years == null ? DateRange.UNKNOWN : years;
        activities = activities == null ? "" : activities.strip();
    }
}

package dev.rapport.profile;

/** One job: what the person did, where and when. Blank strings, never null, for missing text. */
public record Position(String company, String title, DateRange dates, String location, String description) {
    public Position {
        company = company == null ? "" : company.strip();
        title = title == null ? "" : title.strip();
        dates = dates == null ? DateRange.UNKNOWN : dates;
        location = location == null ? "" : location.strip();
        description = description == null ? "" : description.strip();
    }
}

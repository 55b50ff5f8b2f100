package dev.rapport.profile;

/** Unpaid work for an organisation; people who volunteered at the same place share real history. */
public record Volunteering(String organisation, String role, String cause, DateRange dates, String description) {
    public Volunteering {
        organisation = organisation == null ? "" : organisation.strip();
        role = role == null ? "" : role.strip();
        cause = cause == null ? "" : cause.strip();
        dates = dates == null ? DateRange.UNKNOWN : dates;
        description = description == null ? "" : description.strip();
    }
}

package dev.rapport.profile;

/** What a person states about whom they want to hear from. */
public enum Preference {
    OPEN_TO_WORK("open-to-work"),
    HIRING("hiring"),
    NO_RECRUITERS("no-recruiters"),
    NO_PITCHES("no-pitches"),
    KNOWN_ONLY("known-only");

    private final String id;

    Preference(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

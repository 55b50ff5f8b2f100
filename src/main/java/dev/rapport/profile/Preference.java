package dev.rapport.profile;

/** What a person states about whom they want to hear from. */
public enum Preference {
    OPEN_TO_WORK("open-to-work"),
    HIRING("hiring"),
    NO_RECRUITERS("no-recruiters"),
    NO_PITCHES("no-pitches"),
    /** "please don't ask me for referrals before we've talked": a referral or a job asked in a first note. */
    NO_REFERRAL_ASKS("no-referral-asks"),
    KNOWN_ONLY("known-only"),
    RECRUITERS_WELCOME("recruiters-welcome"),
    OPEN_TO_EVERYONE("open-to-everyone");

    private final String id;

    Preference(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The preference with this id ("known-only"), if there is one. */
    public static java.util.Optional<Preference> byId(String id) {
        return java.util.Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}

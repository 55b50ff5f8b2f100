package dev.rapport.purpose;

/** Why the sender wants to connect, as classified from their own words. */
public enum Intent {
    RECONNECT("reconnect"),
    MET_IN_PERSON("met-in-person"),
    REFERRAL("referral"),
    SHARED_GROUP("shared-group"),
    HIRING("hiring"),
    JOB_SEEKING("job-seeking"),
    ADVICE("advice"),
    COLLABORATION("collaboration"),
    CONTENT_INTEREST("content-interest"),
    SELLING("selling"),
    LEAD_GEN("lead-gen");

    private final String id;

    Intent(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Intents whose aim is a sale, whatever the wording. */
    public boolean isPitch() {
        return this == SELLING || this == LEAD_GEN;
    }
}

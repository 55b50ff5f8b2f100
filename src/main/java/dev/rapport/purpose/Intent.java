package dev.rapport.purpose;

import java.util.Optional;

/**
 * Why the sender wants to connect, as classified from their own words. {@link #id()} is the name in
 * rule files and output; {@link #label()} is the name in the labelled corpus the classifier learns from.
 */
public enum Intent {
    RECONNECT("reconnect"),
    MET_IN_PERSON("met-in-person"),
    REFERRAL("referral"),
    SHARED_GROUP("shared-group"),
    HIRING("hiring"),
    JOB_SEEKING("job-seeking"),
    ADVICE("advice"),
    COLLABORATION("collaboration"),
    CONTENT_INTEREST("content-interest", "topic-interest"),
    SELLING("selling"),
    LEAD_GEN("lead-gen", "lead-generation"),
    NETWORKING("networking");

    private final String id;
    private final String label;

    Intent(String id) {
        this(id, id);
    }

    Intent(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The intent's name in the labelled corpus and the trained model. */
    public String label() {
        return label;
    }

    public static Optional<Intent> fromLabel(String label) {
        for (Intent i : values()) {
            if (i.label.equals(label) || i.id.equals(label)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Intents whose aim is a sale, whatever the wording. */
    public boolean isPitch() {
        return this == SELLING || this == LEAD_GEN;
    }
}

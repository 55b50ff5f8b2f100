package dev.rapport.ground;

/** The kinds of shared context; {@link #isRelationship()} marks the ones that mean the two actually know each other. */
public enum GroundKind {
    WORKED_TOGETHER("worked-together", true),
    STUDIED_TOGETHER("studied-together", true),
    VOLUNTEERED_TOGETHER("volunteered-together", true),
    MET_AT_EVENT("met-at-event", true),
    MUTUAL_CONTACT("mutual-contact", true),
    SAME_EMPLOYER("same-employer", false),
    ALUMNI("alumni", false),
    SAME_GROUP("same-group", false),
    THEIR_POST("their-post", false),
    THEIR_NEED("their-need", false),
    SHARED_TOPIC("shared-topic", false),
    SAME_CITY("same-city", false);

    private final String id;
    private final boolean relationship;

    GroundKind(String id, boolean relationship) {
        this.id = id;
        this.relationship = relationship;
    }

    public String id() {
        return id;
    }

    public boolean isRelationship() {
        return relationship;
    }
}

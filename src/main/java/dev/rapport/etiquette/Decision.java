package dev.rapport.etiquette;

/** The three answers to "should I send an invitation?". */
public enum Decision {
    CONNECT("connect"),
    FOLLOW_FIRST("follow-first"),
    DO_NOT_CONNECT("do-not-connect");

    private final String id;

    Decision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

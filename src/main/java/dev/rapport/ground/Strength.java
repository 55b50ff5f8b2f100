package dev.rapport.ground;

/**
 * The strength scale, in one place so the kinds stay calibrated against each other:
 * a real relationship 0.75-0.95, shared context without having met 0.45-0.7,
 * shared topics 0.2-0.45, the same city 0.1-0.2.
 */
final class Strength {
    static final double WORKED_TOGETHER = 0.92;
    static final double WORKED_TOGETHER_BRIEFLY = 0.82;   // under a year of overlap
    static final double STUDIED_TOGETHER = 0.86;
    static final double VOLUNTEERED_TOGETHER = 0.82;
    static final double MET_AT_EVENT_CONFIRMED = 0.88;     // their profile names the event too
    static final double MET_AT_EVENT = 0.8;                // the sender's word alone
    static final double MUTUAL_CONTACT_CONFIRMED = 0.85;
    static final double MUTUAL_CONTACT = 0.78;
    static final double STATED = 0.76;                     // a relationship on the sender's word alone

    static final double THEIR_NEED_STATED_PREFERENCE = 0.7; // open to work vs hiring
    static final double THEIR_NEED_STATEMENT = 0.65;
    static final double THEIR_NEED_OPEN_TO_HELP = 0.6;      // "happy to talk with analysts" vs an advice seeker
    static final double THEIR_POST_NAMED = 0.62;            // the post the sender says they read
    static final double THEIR_POST_EXPERTISE = 0.5;         // a post on what the sender knows
    static final double SAME_EMPLOYER = 0.58;
    static final double ALUMNI = 0.55;
    static final double SAME_GROUP_NAMED = 0.55;
    static final double SAME_GROUP = 0.5;
    static final double SAME_ORGANISATION = 0.47;           // volunteered there, at different times

    static final double SHARED_TOPIC_BASE = 0.2;
    static final double SHARED_TOPIC_EACH = 0.08;          // per shared topic cited, up to three
    static final double SAME_CITY = 0.15;

    private Strength() {
    }
}

package dev.rapport.draft;

import java.util.List;

/**
 * One clause of a note: its job in the note, where its content comes from, and the text it takes
 * at each level, richest first. A note that is too long steps clauses down a level or drops the
 * optional ones; it never cuts text mid-word. {@code carries} names the thing the clause is about
 * ("PACK EXPO", "Stripewell"), so a refinement can find every clause that mentions it.
 */
public record Clause(Role role, Source source, List<String> levels, String carries) {
    /**
     * The job a clause does; a note has at most one clause of each job, except the greeting's opener. {@code MORE} is
     * the rest of the user's story, said when there is room and the first thing to go when there is not.
     */
    public enum Role {
        GREETING, OPENER, REASON, CONTEXT, EXTRA, MORE, LINK, WHY_NOW, WHO, MENTION, ASK, QUESTION, CLOSE, SIGN;

        /** Clauses a "shorter" refinement or the length budget may drop without the note losing its point. */
        public boolean optional() {
            return this == OPENER || this == EXTRA || this == MORE || this == WHO || this == QUESTION || this == SIGN || this == MENTION;
        }
    }

    /** Where a clause's content comes from. */
    public enum Source { USER, PROFILE, GROUND, CLOSE }

    public Clause {
        levels = List.copyOf(levels);
        carries = carries == null ? "" : carries;
    }

    Clause(Role role, List<String> levels) {
        this(role, sourceOf(role), levels, "");
    }

    private static Source sourceOf(Role role) {
        return switch (role) {
            case GREETING, WHO, SIGN -> Source.PROFILE;
            case CONTEXT, EXTRA, LINK -> Source.GROUND;
            case REASON, MENTION, ASK, MORE -> Source.USER;
            default -> Source.CLOSE;
        };
    }

    /** The richest wording. */
    public String text() {
        return levels.isEmpty() ? "" : levels.get(0);
    }

    Clause withLevels(List<String> l) {
        return new Clause(role, source, l, carries);
    }
}

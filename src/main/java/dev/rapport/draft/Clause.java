package dev.rapport.draft;

import java.util.List;

/**
 * One clause of a note with the text it takes at each level, richest first. A note that is too
 * long steps clauses down a level or drops the optional ones; it never cuts text mid-word.
 */
final class Clause {
    // LINK is a second piece of ground the why-now leans on ("we worked together at ..."): never dropped.
    enum Role { GREETING, OPENER, CONTEXT, EXTRA, LINK, WHY_NOW, MENTION, QUESTION, CLOSE }

    private final Role role;
    private final List<String> levels;
    private int level;
    private boolean dropped;

    Clause(Role role, List<String> levels) {
        this.role = role;
        this.levels = List.copyOf(levels);
    }

    Role role() {
        return role;
    }

    boolean present() {
        return !dropped && !levels.isEmpty();
    }

    String text() {
        return levels.get(level);
    }

    /** Steps to the next, plainer level; false when already at the plainest. */
    boolean down() {
        if (!present() || level + 1 >= levels.size()) {
            return false;
        }
        level++;
        return true;
    }

    boolean drop() {
        if (!present()) {
            return false;
        }
        dropped = true;
        return true;
    }
}

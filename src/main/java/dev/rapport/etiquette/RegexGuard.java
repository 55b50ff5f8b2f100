package dev.rapport.etiquette;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Keeps account of the regular expressions that blew their budget (or the stack): each is skipped
 * from then on, and the rule it belongs to is reported once, by id, to whoever listens (the front
 * end prints one line). Shared by a rule set and every overlay of it.
 */
public final class RegexGuard {
    private final Set<String> dead = ConcurrentHashMap.newKeySet();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final RegexGuard parent;
    private volatile Consumer<String> listener;

    RegexGuard() {
        this(null);
    }

    private RegexGuard(RegexGuard parent) {
        this.parent = parent;
    }

    /** For a rule set laid over this one: its own account, reporting to this listener unless given its own. */
    RegexGuard child() {
        return new RegexGuard(this);
    }

    /** {@code listener} receives the id of each rule whose pattern was skipped, once per rule. */
    public void onBlown(Consumer<String> listener) {
        this.listener = listener;
    }

    /** Ids of the rules skipped so far. */
    public Set<String> blownRules() {
        return Set.copyOf(reported);
    }

    boolean dead(String regex) {
        return dead.contains(regex);
    }

    void blown(String regex, String ruleId) {
        dead.add(regex);
        if (reported.add(ruleId)) {
            for (RegexGuard g = this; g != null; g = g.parent) {
                if (g.listener != null) {
                    g.listener.accept(ruleId);
                    return;
                }
            }
        }
    }
}

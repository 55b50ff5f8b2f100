package dev.rapport.llm;

import dev.rapport.draft.Cancellation;
import dev.rapport.draft.Drafter;
import dev.rapport.etiquette.RuleSet;
import java.time.Duration;
import java.util.List;

/**
 * What an engine takes from the rest of rapport: the offline drafter to fall back on, the rules
 * to tell the model about, and how to wait (tests record waits instead of sleeping). Whether a
 * note passes is not the engine's to decide: the caller's vetting says what is wrong with one.
 */
public record Wiring(Drafter offline, List<RuleLine> rules, Sleeper sleeper) {

    @FunctionalInterface
    public interface Sleeper {
        /** Waits {@code d}; returns true when {@code c} was cancelled meanwhile. */
        boolean sleep(Duration d, Cancellation c) throws InterruptedException;

        Sleeper REAL = (d, c) -> c.await(d);
    }

    public Wiring {
        rules = List.copyOf(rules);
        sleeper = sleeper == null ? Sleeper.REAL : sleeper;
    }

    public static Wiring of(RuleSet rules, Drafter offline) {
        return new Wiring(offline, RuleLine.noteRules(rules), Sleeper.REAL);
    }
}

package dev.rapport.llm;

import dev.rapport.draft.Drafter;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an engine takes from the rest of rapport: the offline drafter to fall back on, the
 * etiquette check, the rules to tell the model about, where one-line notices go, and how to wait
 * (tests record waits instead of sleeping).
 */
public record Wiring(Drafter offline, NoteChecker checker, List<RuleLine> rules, Consumer<String> notices,
                     Sleeper sleeper) {

    @FunctionalInterface
    public interface Sleeper {
        /** Waits {@code d}; returns true when {@code c} was cancelled meanwhile. */
        boolean sleep(Duration d, Cancellation c) throws InterruptedException;

        Sleeper REAL = (d, c) -> c.await(d);
    }

    public Wiring {
        rules = List.copyOf(rules);
        notices = notices == null ? s -> { } : notices;
        sleeper = sleeper == null ? Sleeper.REAL : sleeper;
    }

    public static Wiring of(RuleSet rules, Drafter offline, Consumer<String> notices) {
        return new Wiring(offline, NoteChecker.of(new NoteRules(rules)), RuleLine.noteRules(rules), notices, Sleeper.REAL);
    }

    public Wiring withNotices(Consumer<String> n) {
        return new Wiring(offline, checker, rules, n, sleeper);
    }
}

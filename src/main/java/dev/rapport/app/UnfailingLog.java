package dev.rapport.app;

import dev.rapport.RapportException;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.profile.Profile;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A journal that must never stop a check: when it cannot be read or written (read-only, damaged,
 * another program's database, a full disk) the user is warned once, and the check goes on
 * unrecorded, as with no journal at all.
 */
public final class UnfailingLog implements OutreachLog {
    private final OutreachLog log;
    private final Consumer<String> warn;
    private boolean broken;

    public UnfailingLog(OutreachLog log, Consumer<String> warn) {
        this.log = log;
        this.warn = warn;
    }

    /** The journal behind {@code log}, when it is one wrapped in an UnfailingLog. */
    public static OutreachLog unwrap(OutreachLog log) {
        return log instanceof UnfailingLog u ? u.log : log;
    }

    @Override
    public OutreachHistory history(Profile them, LocalDate today) {
        return attempt(() -> log.history(them, today), () -> OutreachHistory.none(today));
    }

    @Override
    public void recordCheck(Assessment checked, LocalDate day) {
        attempt(() -> {
            log.recordCheck(checked, day);
            return null;
        }, () -> null);
    }

    @Override
    public void recordNotes(Assessment drafted, LocalDate day) {
        attempt(() -> {
            log.recordNotes(drafted, day);
            return null;
        }, () -> null);
    }

    @Override
    public NoteBudget budget(LocalDate today) {
        return attempt(() -> log.budget(today), () -> NoteBudget.none(today));
    }

    private <T> T attempt(Supplier<T> work, Supplier<T> without) {
        if (broken) {
            return without.get();
        }
        try {
            return work.get();
        } catch (RapportException e) {
            broken = true;
            warn.accept(Messages.get("journal.unrecorded", e.getMessage()));
            return without.get();
        }
    }
}

package dev.rapport.app;

import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.journal.Journal;
import dev.rapport.profile.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The journal seen through the advisor's {@link OutreachLog} port. Opens the SQLite file only
 * when it must: reading a history or budget from a journal that does not exist yet costs
 * nothing (no driver is loaded), and the file is created by the first record.
 * {@code monthlyNotes} is the free-account allowance (0 when no budget applies).
 */
public final class JournalLog implements OutreachLog, AutoCloseable {
    private final Path file;
    private final int monthlyNotes;
    private Journal journal;

    public JournalLog(Path file, int monthlyNotes) {
        this.file = file;
        this.monthlyNotes = monthlyNotes;
    }

    public java.nio.file.Path file() {
        return file;
    }

    /** Whether the journal has been opened (so it exists). */
    public boolean isOpen() {
        return journal != null;
    }

    /** The journal, opened (and created) on first use. */
    public Journal journal() {
        if (journal == null) {
            journal = Journal.open(file);
        }
        return journal;
    }

    private Optional<Journal> existing() {
        return journal != null || Files.exists(file) ? Optional.of(journal()) : Optional.empty();
    }

    @Override
    public OutreachHistory history(Profile them, LocalDate today) {
        return existing().map(j -> j.history(j.find(them), today, monthlyNotes))
                .orElseGet(() -> new OutreachHistory(today, null, NoteBudget.none(today).withLimit(monthlyNotes)));
    }

    @Override
    public void recordCheck(Assessment checked, LocalDate day) {
        Journal j = journal();
        j.inTransaction(() -> j.recordCheck(j.person(checked.them(), day), checked.verdict(), checked.notes(), day,
                Journal.senderKey(checked.me()), checked.purpose().text()));
    }

    @Override
    public void recordNotes(Assessment drafted, LocalDate day) {
        Journal j = journal();
        j.inTransaction(() -> {
            j.recordNotes(j.person(drafted.them(), day), drafted.notes(), day);
            return null;
        });
    }

    @Override
    public NoteBudget budget(LocalDate today) {
        return existing().map(j -> j.budget(today, monthlyNotes))
                .orElseGet(() -> NoteBudget.none(today).withLimit(monthlyNotes));
    }

    @Override
    public void close() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }
}

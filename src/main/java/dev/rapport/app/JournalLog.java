package dev.rapport.app;

import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.journal.Journal;
import dev.rapport.journal.Person;
import dev.rapport.journal.StoredCheck;
import dev.rapport.profile.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

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
        j.inTransaction(() -> {
            recordCheck(j.person(checked.them(), day), checked, day, checked.purpose().text());
            return null;
        });
    }

    /**
     * The one way a check is recorded, for the CLI, the REPL and every batch row: its verdict and
     * notes under {@code person}, for the sender and the reason as the user wrote it ({@code why}).
     */
    public void recordCheck(Person person, Assessment checked, LocalDate day, String why) {
        journal().recordCheck(person, checked.verdict(), checked.notes(), day, Journal.senderKey(checked.me()), why);
    }

    /** Runs {@code work} as one transaction (a batch's chunk: a batch that is killed keeps every chunk it finished). */
    public <T> T inOneTransaction(Supplier<T> work) {
        return journal().inTransaction(work::get);
    }

    /** A batch target's entry (added when new), with the link the targets file gave for them. */
    public Person person(Profile them, String url, LocalDate day) {
        return journal().person(them.name(), them.currentPosition().map(p -> p.company()).orElse(""), url, day);
    }

    /** The check already recorded today for this person, sender and reason, if any (a batch run again resumes). */
    public Optional<StoredCheck> checkedOn(Person person, LocalDate day, Profile me, String why) {
        return journal().checkedOn(person, day, Journal.senderKey(me), why);
    }

    /** What the journal knows of this person's invitations, with {@code budget} as the month's note budget. */
    public OutreachHistory history(Person person, LocalDate today, NoteBudget budget) {
        return new OutreachHistory(today, journal().events(person), budget);
    }

    /** The month's note budget with {@code monthly} personalised notes allowed (0: none applies). */
    public NoteBudget budget(LocalDate today, int monthly) {
        return journal().budget(today, monthly);
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

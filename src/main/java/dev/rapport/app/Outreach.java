package dev.rapport.app;

import dev.rapport.RapportException;
import dev.rapport.etiquette.Mark;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachRules;
import dev.rapport.journal.ImportResult;
import dev.rapport.journal.InvitationsCsv;
import dev.rapport.journal.Journal;
import dev.rapport.journal.LogEntry;
import dev.rapport.journal.Person;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.text.Sanitizer;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outreach journal as both faces use it: mark what happened to an invitation, show the log
 * (a part of a name is enough), forget a person, and the month's note budget. `rapport mark|log|forget`
 * and the REPL's /sent, /accepted, /log and /forget all come here, so they find the same people
 * and say the same things. Returns text; prints nothing. Without a journal every call is a
 * one-line error saying so.
 */
public final class Outreach {
    private final JournalLog log;
    private final Supplier<LocalDate> today;

    /** {@code log} null means the journal is off. */
    public Outreach(JournalLog log, Supplier<LocalDate> today) {
        this.log = log;
        this.today = today;
    }

    /** The outreach of an advisor: its own journal, so the REPL writes where its checks are recorded. */
    public static Outreach of(Advisor advisor) {
        return new Outreach(UnfailingLog.unwrap(advisor.log()) instanceof JournalLog j ? j : null, advisor::today);
    }

    public boolean on() {
        return log != null;
    }

    /** Marks a person by name or profile URL (created when unknown); the line says what was recorded, and the budget after a sent note. */
    public String mark(String nameOrUrl, String company, Mark mark, LocalDate day, boolean withNote) {
        // a name the journal has never seen is a new person: said, with the closest known name, so a typo is seen
        // ("Ramon Dizn" made a second Ramon in silence, a hand session)
        List<String> known = exists() ? journal().log(null).stream().map(e -> e.person().name()).distinct().toList() : List.of();
        // (by the whole name: "Karen Moor" is part of "Karen Moore" and was still made a new person in silence, a new user)
        boolean isNew = !known.isEmpty() && !nameOrUrl.contains("/") && known.stream().noneMatch(k -> k.equalsIgnoreCase(nameOrUrl.strip()));
        Person p = journal().mark(nameOrUrl, company, mark, day, withNote);
        String done = Messages.get("outreach.marked", Sanitizer.clean(p.label()), mark.id(), OutreachRules.date(day));
        if (isNew) {
            done += " " + dev.rapport.text.Words.closest(nameOrUrl.strip(), known)
                    .map(c -> Messages.get("outreach.marked-new.closest", Sanitizer.clean(c)))
                    .orElse(Messages.get("outreach.marked-new"));
        }
        String said = done;
        return mark == Mark.SENT ? budgetLine().map(b -> said + "\n" + b).orElse(said) : said;
    }

    /** Marks the person whose profile this is, today. */
    public String mark(Profile them, Mark mark) {
        String company = them.currentPosition().map(Position::company).orElse("");
        return mark(them.name(), company.isBlank() ? null : company, mark, today.get(), true);
    }

    /** Everyone, or the people whose name contains {@code namePart} (or whose profile URL it is), with the budget line. */
    public String log(String namePart) {
        String part = namePart == null ? "" : namePart.strip();
        if (log == null) {
            journal(); // says the journal is off
        }
        List<String> lines = new ArrayList<>();
        List<LogEntry> entries = exists() ? find(part) : List.of();
        if (entries.isEmpty()) {
            lines.add(part.isEmpty() ? Messages.get("outreach.empty")
                    : Messages.get("outreach.nobody", Sanitizer.clean(part)));
        } else {
            lines.add(LogTable.render(entries).stripTrailing());
        }
        budgetLine().ifPresent(lines::add);
        return String.join("\n", lines);
    }

    /**
     * Imports LinkedIn's Invitations.csv (the file, or the export folder holding it): outgoing
     * invitations become "sent" marks; importing the same file again adds nothing.
     */
    public String importInvitations(java.nio.file.Path fileOrFolder) {
        java.nio.file.Path path = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve("Invitations.csv") : fileOrFolder;
        if (!Files.isRegularFile(path)) {
            throw new RapportException(Messages.get("cli.import.missing", path), RapportException.INPUT, null);
        }
        InvitationsCsv.Contents contents = InvitationsCsv.read(path);
        ImportResult r = journal().importInvitations(contents.outgoing(), contents.incoming());
        return Messages.get("cli.import.done", r.added(), r.known(), r.incoming());
    }

    /** Deletes everything about one person (name or URL, and company when two share the name). */
    public String forget(String nameOrUrl, String company) {
        String who = nameOrUrl == null ? "" : nameOrUrl.strip();
        if (who.isEmpty()) {
            throw new RapportException(Messages.get("outreach.forget-who"), RapportException.USAGE, null);
        }
        Person p = (exists() ? journal().one(who, company) : Optional.<Person>empty()).orElseThrow(() ->
                new RapportException(Messages.get("outreach.nobody", Sanitizer.clean(who)), RapportException.INPUT, null));
        // deleting is not undone: a part of the name ("Marek", "okafor") names whom it found and asks for the whole name
        // (a new user's "forget okafor" deleted Dana Okafor's record and her sent mark without a word)
        boolean byUrl = who.contains("/") || who.toLowerCase(java.util.Locale.ROOT).contains("linkedin");
        if (!byUrl && !dev.rapport.text.Words.fold(who).replaceAll("\\s+", " ").equals(dev.rapport.text.Words.fold(p.name()).replaceAll("\\s+", " "))) {
            throw new RapportException(Messages.get("outreach.forget-whole-name", Sanitizer.clean(who), Sanitizer.clean(p.label()),
                    Sanitizer.clean(p.name())), RapportException.INPUT, null);
        }
        journal().forget(List.of(p));
        return Messages.get("outreach.forgotten", Sanitizer.clean(p.label()));
    }

    /** This month's personalised notes against the allowance; {@link NoteBudget#applies()} is false when none is set. */
    public NoteBudget budget() {
        return log == null ? NoteBudget.none(today.get()) : log.budget(today.get());
    }

    /** "notes 2/5" for a prompt when a monthly allowance applies. */
    public Optional<String> shortBudget() {
        NoteBudget b = budget();
        return b.applies() ? Optional.of(Messages.get("outreach.budget.short", b.used(), b.limit())) : Optional.empty();
    }

    /** One line on this month's notes when an allowance applies. */
    public Optional<String> budgetLine() {
        NoteBudget b = budget();
        return b.applies() ? Optional.of(Messages.get("outreach.budget", b.used(), b.limit(),
                OutreachRules.date(b.renews()))) : Optional.empty();
    }

    private List<LogEntry> find(String part) {
        List<LogEntry> exact = journal().log(part.isEmpty() ? null : part);
        if (!exact.isEmpty() || part.isEmpty()) {
            return exact;
        }
        String lower = part.toLowerCase(Locale.ROOT);
        return journal().log(null).stream()
                .filter(e -> e.person().name().toLowerCase(Locale.ROOT).contains(lower)).toList();
    }

    private boolean exists() {
        return log != null && (log.isOpen() || Files.exists(log.file()));
    }

    private Journal journal() {
        if (log == null) {
            throw new RapportException(Messages.get("outreach.off"), RapportException.USAGE, null);
        }
        return log.journal();
    }
}

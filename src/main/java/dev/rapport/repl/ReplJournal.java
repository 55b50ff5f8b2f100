package dev.rapport.repl;

import dev.rapport.app.Advisor;
import dev.rapport.etiquette.Mark;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachRules;
import dev.rapport.journal.Journal;
import dev.rapport.journal.JournalLog;
import dev.rapport.journal.LogEntry;
import dev.rapport.journal.LogTable;
import dev.rapport.journal.Person;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.text.Sanitizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outreach journal as the conversation uses it: /sent, /accepted, /log, /forget and the month's
 * note budget on the prompt. The journal is the advisor's own (the one that records every check),
 * so the REPL writes to the same file the command line reads; with no journal each command says so.
 */
final class ReplJournal {
    private final Advisor advisor;

    ReplJournal(Advisor advisor) {
        this.advisor = advisor;
    }

    private Optional<Journal> journal() {
        return advisor.log() instanceof JournalLog log ? Optional.of(log.journal()) : Optional.empty();
    }

    /** One line: what was recorded, and the budget when a free account's allowance applies. */
    String mark(Profile them, Mark mark) {
        LocalDate day = advisor.today();
        Optional<Journal> journal = journal();
        if (journal.isEmpty()) {
            return ReplMessages.get("journal.off");
        }
        String company = them.currentPosition().map(Position::company).orElse("");
        Person p = journal.get().mark(them.name(), company.isBlank() ? null : company, mark, day, true);
        String done = ReplMessages.get("journal.marked", Sanitizer.clean(p.label()), mark.id(), OutreachRules.date(day));
        return budgetLine().map(b -> done + " " + b).orElse(done);
    }

    String log(String name) {
        Optional<Journal> journal = journal();
        if (journal.isEmpty()) {
            return ReplMessages.get("journal.off");
        }
        List<LogEntry> entries = journal.get().log(name == null || name.isBlank() ? null : name.strip());
        if (entries.isEmpty() && name != null && !name.isBlank()) {
            // "/log Priya" finds Priya Raman: a part of the name is what people type in a conversation
            String part = name.strip().toLowerCase(java.util.Locale.ROOT);
            entries = journal.get().log(null).stream()
                    .filter(e -> e.person().name().toLowerCase(java.util.Locale.ROOT).contains(part)).toList();
        }
        if (entries.isEmpty()) {
            return name == null || name.isBlank() ? ReplMessages.get("journal.empty")
                    : ReplMessages.get("journal.nobody", Sanitizer.clean(name.strip()));
        }
        return LogTable.render(entries).stripTrailing();
    }

    String forget(String name) {
        Optional<Journal> journal = journal();
        if (journal.isEmpty()) {
            return ReplMessages.get("journal.off");
        }
        Optional<Person> p = journal.get().one(name.strip(), null);
        if (p.isEmpty()) {
            return ReplMessages.get("journal.nobody", Sanitizer.clean(name.strip()));
        }
        journal.get().forget(List.of(p.get()));
        return ReplMessages.get("journal.forgotten", Sanitizer.clean(p.get().label()));
    }

    /** "notes 2/5" for the prompt when a monthly allowance applies; empty otherwise. */
    Optional<String> promptBudget() {
        NoteBudget b = advisor.noteBudget();
        return b.applies() ? Optional.of(ReplMessages.get("prompt.budget", b.used(), b.limit())) : Optional.empty();
    }

    private Optional<String> budgetLine() {
        NoteBudget b = advisor.noteBudget();
        return b.applies() ? Optional.of(ReplMessages.get("journal.budget", b.used(), b.limit(),
                OutreachRules.date(b.renews()))) : Optional.empty();
    }
}

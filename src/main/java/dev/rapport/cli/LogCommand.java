package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.RapportException;
import dev.rapport.app.Messages;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.etiquette.OutreachRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.journal.Journal;
import dev.rapport.journal.LogEntry;
import dev.rapport.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Show the outreach journal: everyone you checked or marked, the last verdict, and the marks with their dates.")
final class LogCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Only this person (name or LinkedIn profile URL).")
    String name;

    private final Context ctx;
    private final Supplier<RuleSet> rules;
    private final Journals journals;

    LogCommand(Context ctx, Supplier<RuleSet> rules, Journals journals) {
        this.ctx = ctx;
        this.rules = rules;
        this.journals = journals;
    }

    @Override
    public Integer call() {
        if (journals.file().isEmpty()) {
            throw new RapportException(Messages.get("journal.nowhere"), RapportException.USAGE, null);
        }
        if (!java.nio.file.Files.exists(journals.file().get())) {
            ctx.out().println(Messages.get("cli.log.empty"));
            ctx.out().flush();
            return 0;
        }
        Journal journal = journals.open(rules.get());
        List<LogEntry> entries = journal.log(name);
        if (entries.isEmpty()) {
            ctx.out().println(name == null ? Messages.get("cli.log.empty") : Messages.get("cli.log.nobody", Sanitizer.clean(name)));
        } else {
            ctx.out().print(table(entries));
        }
        NoteBudget budget = journal.budget(ctx.date().get(), journals.monthlyNotes(rules.get(), null, false));
        if (budget.applies()) {
            ctx.out().println(Messages.get("cli.budget", budget.used(), budget.limit(), OutreachRules.date(budget.renews())));
        }
        ctx.out().flush();
        return 0;
    }

    static String table(List<LogEntry> entries) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.get("cli.log.person"), Messages.get("cli.log.company"),
            Messages.get("cli.log.checked"), Messages.get("cli.log.marks"), Messages.get("cli.log.notes")});
        for (LogEntry e : entries) {
            Optional<LogEntry.LastCheck> last = e.lastCheck();
            rows.add(new String[] {
                clip(e.person().name(), 30),
                clip(e.person().company(), 24),
                last.map(l -> l.day() + " " + l.decision() + " (" + l.warrant() + ")").orElse("-"),
                e.marks().isEmpty() ? "-" : e.marks().stream().map(LogCommand::mark).collect(Collectors.joining(", ")),
                Integer.toString(e.notes())});
        }
        int[] width = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) {
                    line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String mark(OutreachHistory.Event e) {
        return e.mark().id() + " " + e.on() + (e.mark() == dev.rapport.etiquette.Mark.SENT && !e.withNote()
                ? " " + Messages.get("cli.log.no-note") : "");
    }

    private static String clip(String s, int max) {
        String c = Sanitizer.clean(s == null ? "" : s).replace('\n', ' ');
        if (c.isBlank()) {
            return "-";
        }
        return c.codePointCount(0, c.length()) <= max ? c : c.substring(0, c.offsetByCodePoints(0, max - 1)) + "…";
    }
}

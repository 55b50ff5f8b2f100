package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.RapportException;
import dev.rapport.app.Messages;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.journal.Journal;
import dev.rapport.journal.LogEntry;
import dev.rapport.journal.LogTable;
import dev.rapport.text.Sanitizer;
import java.util.List;
import java.util.concurrent.Callable;
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
            throw new RapportException(Messages.get(journals.switchedOff() ? "journal.switched-off" : "journal.nowhere"),
                    RapportException.USAGE, null);
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
            ctx.out().print(LogTable.render(entries));
        }
        NoteBudget budget = journal.budget(ctx.date().get(), journals.monthlyNotes(rules.get(), null, false));
        if (budget.applies()) {
            ctx.out().println(Messages.get("cli.budget", budget.used(), budget.limit(), OutreachRules.date(budget.renews())));
        }
        ctx.out().flush();
        return 0;
    }
}

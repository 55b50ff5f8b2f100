package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.RapportException;
import dev.rapport.app.Messages;
import dev.rapport.etiquette.Mark;
import dev.rapport.etiquette.RuleSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mark", mixinStandardHelpOptions = true,
        description = {"Record what happened to an invitation: sent, accepted, ignored or withdrawn.",
            "rapport uses it to say when to wait (recent-invite), to count a free account's notes (note-budget)",
            "and to suggest a thank-you once they accept."})
final class MarkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The person's name as in their profile, or their LinkedIn profile URL.")
    String name;

    @Parameters(index = "1", paramLabel = "WHAT", description = "sent, accepted, ignored or withdrawn.")
    String what;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today).")
    String date;

    @Option(names = "--company", paramLabel = "NAME", description = "Their company, when two people in the journal share the name.")
    String company;

    @Option(names = "--no-note", description = "The invitation was sent without a personal note (it does not count against the note budget).")
    boolean noNote;

    private final Context ctx;
    private final Supplier<RuleSet> rules;
    private final Journals journals;

    MarkCommand(Context ctx, Supplier<RuleSet> rules, Journals journals) {
        this.ctx = ctx;
        this.rules = rules;
        this.journals = journals;
    }

    @Override
    public Integer call() {
        Mark mark = Mark.parse(what).orElseThrow(() -> new RapportException(Messages.get("cli.mark.what", what,
                String.join(", ", Arrays.stream(Mark.values()).map(Mark::id).toList())), RapportException.USAGE, null));
        LocalDate day = DateOption.parse(date, ctx);
        ctx.out().println(journals.outreach(rules.get()).mark(name, company, mark, day, !noNote));
        ctx.out().flush();
        return 0;
    }
}

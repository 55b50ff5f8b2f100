package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.etiquette.RuleSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "Delete everything the journal holds about one person: checks, notes and marks. It is personal data.")
final class ForgetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The person's name, or their LinkedIn profile URL.")
    String name;

    @Option(names = "--company", paramLabel = "NAME", description = "Their company, when two people in the journal share the name.")
    String company;

    private final Context ctx;
    private final Supplier<RuleSet> rules;
    private final Journals journals;

    ForgetCommand(Context ctx, Supplier<RuleSet> rules, Journals journals) {
        this.ctx = ctx;
        this.rules = rules;
        this.journals = journals;
    }

    @Override
    public Integer call() {
        ctx.out().println(journals.outreach(rules.get()).forget(name, company));
        ctx.out().flush();
        return 0;
    }
}

package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.etiquette.RuleSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Show the outreach journal: everyone you checked or marked, the last verdict, and the marks with their dates.")
final class LogCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Only this person: their name, a part of it, or their LinkedIn profile URL.")
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
        ctx.out().println(journals.outreach(rules.get()).log(name));
        ctx.out().flush();
        return 0;
    }
}

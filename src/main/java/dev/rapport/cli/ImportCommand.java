package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.etiquette.RuleSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Count the invitations you already sent: import Invitations.csv from LinkedIn's data export",
            "(Settings > Data privacy > Get a copy of your data). Outgoing invitations become 'sent' marks;",
            "importing the same file again adds nothing."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "Invitations.csv", description = "The file, or the export folder that holds it.")
    String file;

    private final Context ctx;
    private final Supplier<RuleSet> rules;
    private final Journals journals;

    ImportCommand(Context ctx, Supplier<RuleSet> rules, Journals journals) {
        this.ctx = ctx;
        this.rules = rules;
        this.journals = journals;
    }

    @Override
    public Integer call() {
        ctx.out().println(journals.outreach(rules.get()).importInvitations(Path.of(file)));
        ctx.out().flush();
        return 0;
    }
}

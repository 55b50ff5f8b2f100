package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.RapportException;
import dev.rapport.app.Messages;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.journal.ImportResult;
import dev.rapport.journal.InvitationsCsv;
import dev.rapport.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Count the invitations you already sent, from Invitations.csv in LinkedIn's data export.",
            "LinkedIn makes the export under Settings > Data privacy > Get a copy of your data. Outgoing "
                + "invitations become 'sent' marks; importing the same file again adds nothing."})
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
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            path = path.resolve("Invitations.csv");
        }
        if (!Files.isRegularFile(path)) {
            throw new RapportException(Messages.get("cli.import.missing", path), RapportException.INPUT, null);
        }
        InvitationsCsv.Contents contents = InvitationsCsv.read(path);
        Journal journal = journals.open(rules.get());
        ImportResult r = journal.importInvitations(contents.outgoing(), contents.incoming());
        ctx.out().println(Messages.get("cli.import.done", r.added(), r.known(), r.incoming()));
        ctx.out().flush();
        return 0;
    }
}

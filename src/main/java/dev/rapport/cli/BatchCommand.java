package dev.rapport.cli;

import java.util.function.Supplier;
import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.DraftOptions;
import dev.rapport.app.Messages;
import dev.rapport.batch.BatchOptions;
import dev.rapport.batch.BatchRunner;
import dev.rapport.batch.OutputFormat;
import dev.rapport.batch.RowWriter;
import dev.rapport.batch.Summary;
import dev.rapport.batch.Target;
import dev.rapport.batch.Targets;
import dev.rapport.draft.Style;
import dev.rapport.app.JournalLog;
import dev.rapport.profile.Profile;
import dev.rapport.app.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.rapport.io.IoReasons;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Check many people at once for one reason, and draft notes only where an invitation is warranted.",
            "Unreadable targets are reported and skipped. Run it again the same day and it resumes: targets "
                + "already checked today come from the journal (unless --again).",
            "",
            "TARGETS are profile files, folders of them, or row files: .jsonl with one JSON Resume object per "
                + "line, or .csv with a header and the columns name (required), headline, company, title, location, "
                + "about, skills (separated by ;) and url."})
final class BatchCommand implements Callable<Integer> {
    @Option(names = "--me", required = true, paramLabel = "PROFILE", description = "Your own profile: a file, a LinkedIn export (folder or zip file), or - for stdin.")
    String me;

    @Option(names = "--why", paramLabel = "TEXT", defaultValue = "", description = "Why you want to connect with these people, in your own words.")
    String why;

    @Parameters(arity = "1..*", paramLabel = "TARGETS", description = "Profile files, folders, .csv or .jsonl files.")
    List<String> targets;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the results to FILE (.csv, .jsonl or .md) instead of the terminal.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, jsonl or md (default: from --out's extension, else md).")
    String format;

    @Mixin
    LimitOption limits;

    @Option(names = "--variants", paramLabel = "N", defaultValue = "3", description = "Notes per warranted target (1-5, default 3).")
    int variants;

    @Option(names = "--again", description = "Check again the targets already checked today.")
    boolean again;

    @Option(names = "--ignore-budget", description = "Draft notes even when this month's personalised notes are used up.")
    boolean ignoreBudget;

    @Option(names = "--note-budget", paramLabel = "N",
            description = "Personalised notes your account may send a month (free accounts: about 5; 0 for no monthly limit).")
    Integer noteBudget;

    @Mixin
    EngineOptions engine;

    private final Context ctx;
    private final Supplier<Advisor> advisors;
    private final Journals journals;

    BatchCommand(Context ctx, Supplier<Advisor> advisors, Journals journals) {
        this.ctx = ctx;
        this.advisors = advisors;
        this.journals = journals;
    }

    @Override
    public Integer call() throws IOException {
        Integer limitOption = limits.explicit();
        if (variants < 1 || variants > 5) {
            throw new RapportException(Messages.get("cli.variants.range", variants), RapportException.USAGE, null);
        }
        OutputFormat fmt = outputFormat();
        // an unknown engine is a usage error before anything is read
        dev.rapport.llm.EngineConfig engineConfig = ctx.settings().get().engine(engine.flags());
        if (noteBudget != null && noteBudget < 0) {
            throw new RapportException(Messages.get("cli.batch.budget-range", noteBudget), RapportException.USAGE, null);
        }
        refuseOverwritingAnInput();
        Profile sender = Profiles.read(me, ctx.in());
        PairOptions.noteMissingReason(ctx, why);
        // (a results file saved among the targets is no target: a new user's was read back as more targets on the next run)
        List<Target> list = Targets.expand(targets, out == null ? java.util.Set.of() : java.util.Set.of(Targets.identity(out)));
        // the engine the user chose drafts here too (a new user's RAPPORT_ENGINE was ignored in silence by batch)
        Advisor advisor = advisors.get().withEngine(engineConfig);
        int limit = ctx.settings().get().noteLimit(limitOption, advisor.rules());
        int monthly = journals.monthlyNotes(advisor.rules(), noteBudget, limit <= DraftOptions.FREE_LIMIT);
        BatchOptions options = new BatchOptions(why, new DraftOptions(limit, variants, Style.DEFAULT), again,
                ignoreBudget, monthly, BatchOptions.CHUNK);
        Optional<JournalLog> journal = journals.openIfPossible(advisor.rules());
        if (journal.isEmpty() && !journals.switchedOff()) {
            ctx.err().println(Messages.get("cli.batch.no-journal"));
        }
        BatchRunner runner = new BatchRunner(advisor, journal, ctx.date().get(), options,
                line -> ctx.err().println(Messages.get("cli.notice", line)));
        ProgressBar progress = new ProgressBar(ctx.err(), ctx.terminal() && out != null);
        Summary summary;
        if (out != null) {
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); RowWriter rows = RowWriter.of(fmt, w)) {
                    summary = runner.run(sender, list, rows::write, progress);
                }
            } catch (IOException e) {
                throw outFailed(e);
            } catch (UncheckedIOException e) {
                throw outFailed(e.getCause());
            }
            ctx.out().println(Messages.get("cli.batch.written", out));
        } else {
            try (RowWriter rows = RowWriter.of(fmt, ctx.out())) {
                summary = runner.run(sender, list, rows::write, progress);
            }
            if (fmt == OutputFormat.MARKDOWN) {
                ctx.out().println();
            }
        }
        // rows as CSV or JSON lines on stdout are data for another program: the summary for the person goes to stderr
        // (a new user's jsonl piped to a file ended in "Batch summary: …" lines)
        java.io.PrintWriter said = out == null && fmt != OutputFormat.MARKDOWN ? ctx.err() : ctx.out();
        said.print(summary.table());
        said.flush();
        ctx.out().flush();
        // nothing could be read: a script must be able to tell that nothing ran
        return summary.total() > 0 && summary.unreadable() == summary.total() ? 1 : 0;
    }

    /** The results file is never one of the inputs: --out over the targets' list or the sender's profile would destroy it. */
    private void refuseOverwritingAnInput() {
        if (out == null) {
            return;
        }
        Path result = Targets.identity(out);
        java.util.List<String> inputs = new java.util.ArrayList<>(targets);
        if (!"-".equals(me)) {
            inputs.add(me);
        }
        for (String input : inputs) {
            if (!Files.isDirectory(Path.of(input)) && Targets.identity(Path.of(input)).equals(result)) {
                throw new RapportException(Messages.get("cli.batch.out-is-input", out), RapportException.USAGE, null);
            }
        }
    }

    /** "results.csv: cannot be written (no space left on the device)": rows already checked are in the journal. */
    private RapportException outFailed(IOException e) {
        return new RapportException(Messages.get("cli.batch.out-failed", out, IoReasons.of(e)));
    }

    private OutputFormat outputFormat() {
        if (format != null) {
            return OutputFormat.parse(format).orElseThrow(() ->
                    new RapportException(Messages.get("cli.batch.format", format), RapportException.USAGE, null));
        }
        if (out == null) {
            return OutputFormat.MARKDOWN;
        }
        return OutputFormat.of(out).orElseThrow(() ->
                new RapportException(Messages.get("cli.batch.extension", out), RapportException.USAGE, null));
    }
}

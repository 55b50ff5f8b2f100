package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Messages;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.semantic.Semantics;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Entry point: wires the commands over one {@link Advisor} and turns every failure into one line and an exit code. */
public final class Main {
    private final Context ctx;

    public Main(Context ctx) {
        this.ctx = ctx;
    }

    public static void main(String[] args) {
        System.exit(new Main(Context.system()).run(args));
    }

    public int run(String... args) {
        try {
            CommandLine cmd = commandLine();
            return cmd.execute(args);
        } catch (RapportException e) {
            return fail(e);
        }
    }

    CommandLine commandLine() {
        // The model loads only when a command first needs it; --no-embeddings or RAPPORT_NO_EMBEDDINGS=1 keep it unloaded.
        Semantics semantics = Semantics.forSession(false, ctx.env(), line -> {
            ctx.err().println(Messages.get("cli.notice", line));
            ctx.err().flush();
        });
        Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), ctx.today(), semantics);
        CommandLine cmd = new CommandLine(new RapportCommand(ctx));
        cmd.addSubcommand(new CommandLine(new CheckCommand(ctx, advisor)));
        cmd.addSubcommand(new CommandLine(new DraftCommand(ctx, advisor)));
        cmd.setOut(ctx.out());
        cmd.setErr(ctx.err());
        cmd.setColorScheme(Help.defaultColorScheme(ctx.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            ctx.err().println(Messages.get("cli.error", ex.getMessage()));
            ctx.err().println(Messages.get("cli.try-help", ex.getCommandLine().getCommandSpec().qualifiedName()));
            ctx.err().flush();
            return RapportException.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof RapportException re) {
                return fail(re);
            }
            ctx.err().println(Messages.get("cli.internal", ex.getClass().getSimpleName()));
            if (ctx.env("RAPPORT_DEBUG") != null) {
                ex.printStackTrace(ctx.err());
            }
            ctx.err().flush();
            return 70;
        });
        return cmd;
    }

    private int fail(RapportException e) {
        ctx.err().println(Messages.get("cli.error", e.getMessage()));
        ctx.err().flush();
        return e.exitCode();
    }
}

package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Messages;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.semantic.Semantics;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Entry point: wires the commands over one {@link Advisor} and turns every failure into one line and an exit code. */
public final class Main {
    private final Context ctx;
    private final Journals journals;

    public Main(Context ctx) {
        this.ctx = ctx;
        this.journals = new Journals(ctx);
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
        } finally {
            journals.close();
        }
    }

    CommandLine commandLine() {
        // built on first use: loading the rules takes most of start-up, and the REPL loads them in the background
        Supplier<RuleSet> rules = memo(RuleSet::builtIn);
        // The model loads only when a command first needs it; --no-embeddings or RAPPORT_NO_EMBEDDINGS=1 keep it unloaded.
        Semantics semantics = Semantics.forSession(false, ctx.env(), line -> {
            ctx.err().println(Messages.get("cli.notice", line));
            ctx.err().flush();
        });
        Supplier<Advisor> advisor = memo(() -> new Advisor(rules.get(), new OfflineDrafter(), ctx.date(),
                journals.log(rules.get())).withSemantics(semantics).withSemanticsOnlyWhenUnsure(true));
        CommandLine cmd = new CommandLine(new RapportCommand(ctx, advisor));
        cmd.addSubcommand(new CommandLine(new CheckCommand(ctx, advisor)));
        cmd.addSubcommand(new CommandLine(new DraftCommand(ctx, advisor)));
        cmd.addSubcommand(new CommandLine(new CritiqueCommand(ctx, advisor)));
        cmd.addSubcommand(new CommandLine(new RulesCommand(ctx, advisor)));
        cmd.addSubcommand(new CommandLine(new QuizCommand(ctx, advisor)));
        cmd.addSubcommand(new CommandLine(new BatchCommand(ctx, advisor, journals)));
        cmd.addSubcommand(new CommandLine(new LogCommand(ctx, rules, journals)));
        cmd.addSubcommand(new CommandLine(new MarkCommand(ctx, rules, journals)));
        cmd.addSubcommand(new CommandLine(new ForgetCommand(ctx, rules, journals)));
        cmd.addSubcommand(new CommandLine(new ImportCommand(ctx, rules, journals)));
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

    /** Computes once, on first use, and keeps the value. */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private int fail(RapportException e) {
        ctx.err().println(Messages.get("cli.error", e.getMessage()));
        ctx.err().flush();
        return e.exitCode();
    }
}

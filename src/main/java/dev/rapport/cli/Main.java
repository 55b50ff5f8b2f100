package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Failures;
import dev.rapport.app.Messages;
import dev.rapport.app.RuleNotices;
import dev.rapport.app.Settings;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.language.Language;
import dev.rapport.semantic.Semantics;
import dev.rapport.text.Words;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;

/** Entry point: wires the commands over one {@link Advisor} and turns every failure into one line and an exit code. */
public final class Main {
    static final String COMPLETION = "completion";
    /** One-shot commands that read text at once (the REPL loads the models in the background after its first prompt). */
    private static final java.util.Set<String> PRELOADS_LANGUAGE = java.util.Set.of("check", "draft", "critique", "batch");
    private final Context ctx;
    /** Every setting, resolved once (flag &gt; environment &gt; config file &gt; default) when first needed. */
    private final Supplier<Settings> settings;
    private final Journals journals;
    /** The session's embedding model, so that exit can wait for a load under way. */
    private Semantics semantics;

    public Main(Context ctx) {
        this.ctx = ctx;
        this.settings = ctx.settings();
        this.journals = new Journals(ctx, settings);
    }

    public static void main(String[] args) {
        System.exit(new Main(Context.system()).run(args));
    }

    public int run(String... args) {
        int code;
        try {
            CommandLine cmd = commandLine(args);
            code = cmd.execute(args);
        } catch (RuntimeException | Error e) {
            code = fail(e);
        } finally {
            journals.close();
            if (semantics != null) {
                semantics.settle();
            }
        }
        // PrintWriter keeps write errors to itself: a full disk must not pass for success; a reader that
        // stopped reading (`| head`) is normal use, so that ends quietly
        if (ctx.out().checkError()) {
            if (ctx.out() instanceof Stdout stdout && stdout.readerGone()) {
                return code;
            }
            ctx.err().println(Messages.get("cli.out-failed"));
            ctx.err().flush();
            return code == 0 ? RapportException.INPUT : code;
        }
        return code;
    }

    CommandLine commandLine(String... args) {
        if (args.length > 0 && PRELOADS_LANGUAGE.contains(args[0])) {
            // the language models load on the second core while picocli, the rules and the profiles are read
            Language.english().preload();
        }
        // built on first use: loading the rules takes most of start-up, and the REPL loads them in the background
        Supplier<RuleSet> rules = dev.rapport.text.Lazy.of(() -> RuleNotices.builtIn(line -> {
            ctx.err().println(Messages.get("cli.notice", line));
            ctx.err().flush();
        }));
        // The model loads only when a command first needs it; --no-embeddings or RAPPORT_NO_EMBEDDINGS=1 keep it unloaded.
        // the environment also names the cache folder for the model's native libraries
        semantics = Semantics.forSession(settings.get().embeddings(), ctx.env(), line -> {
            ctx.err().println(Messages.get("cli.notice", line));
            ctx.err().flush();
        });
        Supplier<Advisor> advisor = dev.rapport.text.Lazy.of(() -> Advisor.offline(rules.get(), ctx.date(),
                journals.log(rules.get())).withSemantics(semantics).withSemanticsOnlyWhenUnsure(true));
        CommandLine cmd = new CommandLine(new RapportCommand(ctx, advisor, settings));
        Map<Class<?>, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put(CheckCommand.class, () -> new CheckCommand(ctx, advisor, settings));
        commands.put(DraftCommand.class, () -> new DraftCommand(ctx, advisor, settings));
        commands.put(CritiqueCommand.class, () -> new CritiqueCommand(ctx, advisor, semantics::warmUp));
        commands.put(RulesCommand.class, () -> new RulesCommand(ctx, advisor));
        commands.put(QuizCommand.class, () -> new QuizCommand(ctx, advisor));
        commands.put(BatchCommand.class, () -> new BatchCommand(ctx, advisor, journals));
        commands.put(LogCommand.class, () -> new LogCommand(ctx, rules, journals));
        commands.put(MarkCommand.class, () -> new MarkCommand(ctx, rules, journals));
        commands.put(ForgetCommand.class, () -> new ForgetCommand(ctx, rules, journals));
        commands.put(ImportCommand.class, () -> new ImportCommand(ctx, rules, journals));
        // Picocli reads every command's annotations when it is added, about 15 ms each: register only
        // the one being run, none for the REPL, and all of them for help, typos and anything else.
        String first = args.length == 0 ? null : args[0];
        boolean unknown = args.length > 0 && commands.keySet().stream()
                .noneMatch(k -> k.getAnnotation(Command.class).name().equals(first));
        for (Map.Entry<Class<?>, Supplier<Object>> c : commands.entrySet()) {
            String name = c.getKey().getAnnotation(Command.class).name();
            if (args.length > 0 && (first.equals(name) || unknown)) {
                cmd.addSubcommand(new CommandLine(c.getValue().get()));
            }
        }
        if (unknown) {
            // `rapport completion` prints a bash/zsh completion script for every command above
            cmd.addSubcommand(COMPLETION, new CompletionCommand());
        }
        cmd.setOut(ctx.out());
        cmd.setErr(ctx.err());
        cmd.setColorScheme(Help.defaultColorScheme(ctx.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            ctx.err().println(Messages.get("cli.error", plainly(ex) + suggestion(ex)));
            ctx.err().println(Messages.get("cli.try-help", ex.getCommandLine().getCommandSpec().qualifiedName()));
            ctx.err().flush();
            return RapportException.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> fail(ex));
        return cmd;
    }

    /**
     * An option the command does not have among the words typed ("--mee"), named with the closest one: picocli reports the
     * required options the typo left missing instead ("Missing required options: '--me=PROFILE', …"), which hides the typo.
     */
    static java.util.Optional<String> unknownOption(CommandLine.Model.CommandSpec spec, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-") || arg.length() < 2 || Character.isDigit(arg.charAt(1))) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            CommandLine.Model.OptionSpec known = spec.findOption(name);
            if (known == null) {
                java.util.Set<String> names = new java.util.TreeSet<>();
                spec.options().forEach(o -> names.addAll(List.of(o.names())));
                return java.util.Optional.of(Messages.get("cli.unknown-option", name)
                        + Words.closest(name, names).map(n -> Messages.get("cli.did-you-mean", n)).orElse(""));
            }
            if (known.arity().max() > 0 && !arg.contains("=")) {
                i++;
            }
        }
        return java.util.Optional.empty();
    }

    /** Picocli's message, or for a word where a command goes "unknown command 'chek'" rather than "Unmatched argument at index 0". */
    private static String plainly(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException && ex.getCommandLine().getParseResult() != null) {
            // the words after the command's name: options before it are the top-level command's
            List<String> args = ex.getCommandLine().getParseResult().originalArgs();
            int at = args.indexOf(ex.getCommandLine().getCommandSpec().name());
            java.util.Optional<String> typo = unknownOption(ex.getCommandLine().getCommandSpec(), args.subList(at + 1, args.size()));
            if (typo.isPresent()) {
                return typo.get();
            }
        }
        boolean command = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !ex.getCommandLine().getSubcommands().isEmpty() && !u.getUnmatched().get(0).startsWith("-")
                && ex.getCommandLine().getParseResult() != null && ex.getCommandLine().getParseResult().originalArgs().indexOf(u.getUnmatched().get(0)) == 0;
        return command ? Messages.get("cli.unknown-command", ((CommandLine.UnmatchedArgumentException) ex).getUnmatched().get(0)) : ex.getMessage();
    }

    /** " (did you mean check?)" for a mistyped command, the closest by edit distance; empty otherwise. */
    private static String suggestion(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()
                || ex.getCommandLine().getSubcommands().isEmpty()) {
            return "";
        }
        return Words.closest(u.getUnmatched().get(0), ex.getCommandLine().getSubcommands().keySet())
                .map(name -> Messages.get("cli.did-you-mean", name)).orElse("");
    }


    /** RAPPORT_DEBUG, through the settings when they resolve (a bad config file is itself the failure). */
    private boolean debug() {
        try {
            return settings.get().debug();
        } catch (RuntimeException e) {
            return ctx.env("RAPPORT_DEBUG") != null;
        }
    }

    private int fail(Throwable e) {
        Failures.Report report = Failures.of(e);
        ctx.err().println(Messages.get("cli.error", report.line()));
        if (report.internal() && debug()) {
            e.printStackTrace(ctx.err());
        }
        ctx.err().flush();
        return report.exitCode();
    }
}

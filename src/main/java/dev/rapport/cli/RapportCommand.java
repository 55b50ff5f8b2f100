package dev.rapport.cli;

import dev.rapport.app.Advisor;
import dev.rapport.app.Settings;
import dev.rapport.repl.Repl;
import dev.rapport.repl.ReplEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Write LinkedIn invitations worth receiving: rapport checks whether an invitation is warranted "
                + "and drafts a short personal note that names what you really share.",
            "It works offline by default. With no command it opens the chat; rapport COMMAND --help explains one command."},
        footer = {"", "Example:", "  rapport draft --me examples/pairs/01-former-colleagues/me.txt \\",
            "                --them examples/pairs/01-former-colleagues/them.txt \\",
            "                --why \"we worked together at Stripewell\""})
final class RapportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    // a trainer's tuned rules in the chat too: /critique and /quiz graded a class by other rules than the command line did
    @Mixin
    RulesOption rules;

    private final Context ctx;
    private final Supplier<Advisor> advisor;
    private final Supplier<Settings> settings;

    RapportCommand(Context ctx, Supplier<Advisor> advisor, Supplier<Settings> settings) {
        this.ctx = ctx;
        this.advisor = advisor;
        this.settings = settings;
    }

    /** No subcommand: the interactive REPL (or, with a script on stdin, the same conversation line by line). */
    @Override
    public Integer call() {
        Settings s = settings.get();
        s.engine(engine.flags()); // resolved before the REPL starts, so that an unknown engine is a usage error, not a session
        ReplEnvironment env = new ReplEnvironment(Path.of("").toAbsolutePath(), ctx.env());
        // a rules file is read before the session starts, so that a mistake in it is one error line, not a session
        Supplier<Advisor> chosen = rules.file == null ? advisor : dev.rapport.text.Lazy.of(() -> rules.apply(advisor.get()));
        int ruleSetLimit = rules.file == null ? dev.rapport.app.DraftOptions.PREMIUM_LIMIT : chosen.get().rules().defaultLimit();
        return Repl.start(env, ctx.in(), ctx.out(), ctx.terminal(), ctx.colour(),
                () -> chosen.get().withSemanticsOnlyWhenUnsure(false), engine.flags(), s::engine,
                s.noteLimit(ruleSetLimit));
    }
}

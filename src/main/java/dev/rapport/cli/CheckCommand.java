package dev.rapport.cli;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.AssessmentJson;
import dev.rapport.app.AssessmentText;
import dev.rapport.app.Messages;
import dev.rapport.app.Settings;
import dev.rapport.profile.Profile;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Judge whether an invitation is warranted: connect, follow-first or do-not-connect, with the reasons.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    PairOptions pair;

    @Mixin
    RulesOption rules;

    /** With an LLM engine the model may add evidence about the reason (never decide); offline by default. */
    @Mixin
    EngineOptions engine;

    private final Context ctx;
    private final Supplier<Advisor> advisors;
    private final Supplier<Settings> settings;

    CheckCommand(Context ctx, Supplier<Advisor> advisors, Supplier<Settings> settings) {
        this.ctx = ctx;
        this.advisors = advisors;
        this.settings = settings;
    }

    @Override
    public Integer call() {
        Advisor advisor = rules.apply(advisors.get());
        if (pair.noEmbeddings) {
            advisor = advisor.withoutEmbeddings();
        }
        Advisor chosen = advisor.withEngine(settings.get().engine(engine.flags()));
        Profile[] p = ProfileLoader.load(pair, ctx);
        pair.noteMissingReason(ctx);
        Assessment a = chosen.check(p[0], p[1], pair.why);
        // what the model said (a failure, dropped quotes) are notices on stderr, as every notice of a command
        a.notices().forEach(line -> ctx.err().println(Messages.get("cli.notice", line)));
        ctx.err().flush();
        if (pair.json) {
            ctx.out().println(AssessmentJson.write(AssessmentJson.of(a, null, null)));
        } else {
            AssessmentText text = new AssessmentText(Styles.of(ctx));
            ctx.out().print(text.verdict(a));
            String sugg = text.suggestions(a);
            if (!sugg.isEmpty()) {
                ctx.out().print("\n" + sugg);
            }
        }
        ctx.out().flush();
        return 0;
    }
}

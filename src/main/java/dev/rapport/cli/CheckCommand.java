package dev.rapport.cli;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.AssessmentJson;
import dev.rapport.app.AssessmentText;
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

    private final Context ctx;
    private final Supplier<Advisor> advisors;

    CheckCommand(Context ctx, Supplier<Advisor> advisors) {
        this.ctx = ctx;
        this.advisors = advisors;
    }

    @Override
    public Integer call() {
        Advisor advisor = rules.apply(advisors.get());
        Profile[] p = ProfileLoader.load(pair, ctx);
        Assessment a = (pair.noEmbeddings ? advisor.withoutEmbeddings() : advisor).check(p[0], p[1], pair.why);
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

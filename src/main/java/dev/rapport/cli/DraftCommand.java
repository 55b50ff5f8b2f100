package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.AssessmentJson;
import dev.rapport.app.AssessmentText;
import dev.rapport.app.DraftOptions;
import dev.rapport.app.Messages;
import dev.rapport.app.NoteLimit;
import dev.rapport.app.Settings;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.Decision;
import dev.rapport.profile.Profile;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Check, then draft short personal notes when an invitation is warranted.")
final class DraftCommand implements Callable<Integer> {
    @Mixin
    PairOptions pair;

    @Mixin
    EngineOptions engine;

    @Mixin
    RulesOption rules;

    @Mixin
    LimitOption limits;

    @Option(names = "--variants", paramLabel = "N", defaultValue = "3",
            description = "How many notes to draft, each from a different angle (1-5, default 3).")
    int variants;

    private final Context ctx;
    private final Supplier<Advisor> advisors;
    private final Supplier<Settings> settings;

    DraftCommand(Context ctx, Supplier<Advisor> advisors, Supplier<Settings> settings) {
        this.ctx = ctx;
        this.advisors = advisors;
        this.settings = settings;
    }

    @Override
    public Integer call() {
        Integer limitOption = limits.explicit();
        if (variants < 1 || variants > 5) {
            throw new RapportException(Messages.get("cli.variants.range", variants), RapportException.USAGE, null);
        }
        Advisor advisor = rules.apply(advisors.get());
        if (pair.noEmbeddings) {
            advisor = advisor.withoutEmbeddings();
        }
        int limit = settings.get().noteLimit(limitOption, advisor.rules());
        NoteLimit.check(limit);
        Advisor chosen = advisor.withEngine(settings.get().engine(engine.flags()));
        Profile[] p = ProfileLoader.load(pair, ctx);
        pair.noteMissingReason(ctx);
        Assessment a = chosen.draft(p[0], p[1], pair.why, new DraftOptions(limit, variants, Style.DEFAULT));
        if (chosen != advisor) {
            // what the model said (a failure, held-back notes) are notices on stderr, as every notice of a command
            a.notices().forEach(line -> ctx.err().println(Messages.get("cli.notice", line)));
            ctx.err().flush();
            a = a.withNotes(a.notes(), java.util.List.of());
        }
        if (pair.json) {
            ctx.out().println(AssessmentJson.write(AssessmentJson.of(a, chosen.drafter().name(), limit)));
        } else {
            ctx.out().print(new AssessmentText(Styles.of(ctx)).full(a, limit));
            if (a.verdict().decision() != Decision.CONNECT) {
                ctx.out().println(Messages.get(a.verdict().decision() == Decision.FOLLOW_FIRST
                        ? "cli.no-notes.follow" : "cli.no-notes.dont"));
            }
        }
        ctx.out().flush();
        return 0;
    }
}

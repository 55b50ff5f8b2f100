package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Messages;
import dev.rapport.app.RulesText;
import dev.rapport.etiquette.Rule;
import dev.rapport.etiquette.RuleSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the etiquette rules in force, or explain one: rationale, settings, a good and a bad example.")
final class RulesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id, e.g. pitch or no-reason.")
    String id;

    @Mixin
    RulesOption rules;

    private final Context ctx;
    private final Supplier<Advisor> advisors;

    RulesCommand(Context ctx, Supplier<Advisor> advisors) {
        this.ctx = ctx;
        this.advisors = advisors;
    }

    @Override
    public Integer call() {
        RuleSet set = rules.apply(advisors.get()).rules();
        RulesText text = new RulesText(Styles.of(ctx));
        if (id == null) {
            ctx.out().print(text.list(set));
        } else {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            Optional<Rule> rule = set.rule(wanted);
            if (rule.isEmpty()) {
                throw new RapportException(Messages.get("rules.unknown", id, set.closestId(wanted).orElse("")),
                        RapportException.USAGE, null);
            }
            ctx.out().print(text.explain(rule.get()));
        }
        ctx.out().flush();
        return 0;
    }
}

package dev.rapport.app;

import dev.rapport.etiquette.RuleSet;
import java.util.function.Consumer;

/** The built-in rules for one run, telling the face (one line each) about any pattern skipped for running too long. */
public final class RuleNotices {
    private RuleNotices() {
    }

    public static RuleSet builtIn(Consumer<String> notices) {
        RuleSet rules = RuleSet.builtIn().withOwnGuard();
        rules.guard().onBlown(id -> notices.accept(Messages.get("rules.regex-blown", id)));
        return rules;
    }
}

package dev.rapport.cli;

import dev.rapport.app.Advisor;
import dev.rapport.app.RuleFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --rules FILE: the built-in rule set overlaid with a user's YAML, for every command that applies rules. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "FILE",
            description = "A YAML file that adjusts the rule set: disable rules, change severities, the limit or phrase lists, add phrase/regex rules (see examples/rules/).")
    Path file;

    /** The advisor to use: the given one, or one over the adjusted rules when a file was named. */
    Advisor apply(Advisor advisor) {
        return file == null ? advisor : advisor.withRules(RuleFiles.overlay(advisor.rules(), file));
    }
}

package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help a newcomer reads first: every command's summary in `rapport --help` is one whole sentence,
 * every line of every command's help breaks where its text has a space (never inside a word, a file
 * name or a sentence cut in two), and `rapport completion` prints a completion script that knows
 * every command.
 */
class HelpTextTest {
    private static final Pattern COMMAND_ROW = Pattern.compile("^  ([a-z]+) {2,}(.*)$");

    @Test
    void everyCommandSummaryIsOneWholeSentence() {
        CliRun help = CliRun.run("--help");
        assertThat(help.exit).isZero();
        Map<String, String> summaries = summaries(help.out);
        assertThat(summaries.keySet()).contains("check", "draft", "critique", "rules", "quiz", "batch", "log",
                "mark", "forget", "import", "completion");
        summaries.forEach((name, summary) -> {
            assertThat(summary).as(name).endsWith(".");
            assertThat(summary.substring(0, summary.length() - 1)).as(name + ": one sentence").doesNotContainPattern("[.!?] ");
            assertThat(Character.isUpperCase(summary.charAt(0))).as(name + " starts a sentence").isTrue();
        });
    }

    @Test
    void everyHelpPageWrapsAtWordBoundariesWithinEightyColumns() {
        Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), new HashMap<>(), false, () -> CliRun.TODAY.atDay(16));
        CommandLine root = new Main(ctx).commandLine("--help");
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        for (CommandLine c : all) {
            String text = source(c.getCommandSpec());
            String page = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String[] lines = page.split("\n");
            for (int i = 0; i + 1 < lines.length; i++) {
                assertThat(lines[i].length()).as(c.getCommandName() + ": " + lines[i]).isLessThanOrEqualTo(80);
                String last = lastWord(lines[i]);
                String next = lines[i + 1].strip();
                if (last.isEmpty() || next.isEmpty() || next.startsWith("-") && lines[i + 1].startsWith("  ")
                        && lines[i + 1].indexOf(next) < 8) {
                    continue;
                }
                String firstNext = next.split(" ")[0];
                String joined = last + " " + firstNext;
                if (text.contains(last) && text.contains(firstNext) && !text.contains(joined)
                        && text.contains(last + firstNext)) {
                    throw new AssertionError(c.getCommandName() + " --help breaks inside \"" + last + firstNext
                            + "\":\n" + lines[i] + "\n" + lines[i + 1]);
                }
            }
            for (String paragraph : c.getCommandSpec().usageMessage().description()) {
                assertThat(paragraph.isBlank() || paragraph.strip().matches("(?s).*[.:)]$"))
                        .as(c.getCommandName() + ": a description paragraph ends a sentence: " + paragraph).isTrue();
            }
        }
    }

    @Test
    void completionPrintsABashScriptThatKnowsEveryCommand() {
        CliRun completion = CliRun.run("completion");
        assertThat(completion.exit).isZero();
        assertThat(completion.out).startsWith("#!/usr/bin/env bash").contains("complete -F")
                .contains("check").contains("draft").contains("critique").contains("batch").contains("--why");
    }

    /** "name -> summary" of the Commands section, continuation lines joined. */
    private static Map<String, String> summaries(String help) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String current = null;
        boolean inCommands = false;
        for (String line : help.split("\n")) {
            if (line.equals("Commands:")) {
                inCommands = true;
                continue;
            }
            if (!inCommands) {
                continue;
            }
            Matcher m = COMMAND_ROW.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                out.put(current, m.group(2).strip());
            } else if (current != null && line.startsWith("    ") && !line.isBlank()) {
                out.put(current, out.get(current) + " " + line.strip());
            } else {
                current = null;
                if (line.isBlank()) {
                    inCommands = false;
                }
            }
        }
        return out;
    }

    /** Everything the help page of one command is made of, with runs of spaces as one. */
    private static String source(CommandSpec spec) {
        StringBuilder all = new StringBuilder();
        for (String[] part : List.of(spec.usageMessage().header(), spec.usageMessage().description(), spec.usageMessage().footer())) {
            for (String s : part) {
                all.append(s).append('\n');
            }
        }
        for (ArgSpec a : spec.args()) {
            for (String s : a.description()) {
                all.append(s).append('\n');
            }
        }
        spec.subcommands().values().forEach(c -> {
            for (String s : c.getCommandSpec().usageMessage().description()) {
                all.append(s).append('\n');
            }
        });
        return all.toString().replaceAll(" +", " ");
    }

    private static String lastWord(String line) {
        String s = line.stripTrailing();
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}

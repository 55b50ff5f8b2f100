package dev.rapport.repl;

import java.util.List;
import java.util.Locale;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab, from the Picocli spec alone: command names, then for the first argument the command's
 * completion candidates (rule ids, engines, limits), or file names where its label says FILE.
 */
final class ReplCompleter implements Completer {
    private final CommandSpec spec;
    private final Completer commandNames;
    private final Completer files = new FileNameCompleter();

    ReplCompleter(CommandSpec spec) {
        this.spec = spec;
        this.commandNames = new PicocliJLineCompleter(spec);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            if (line.word().isEmpty() || line.word().startsWith("/")) {
                commandNames.complete(reader, line, candidates);
            }
            return;
        }
        var command = spec.subcommands().get(line.words().get(0).toLowerCase(Locale.ROOT));
        if (command == null || command.getCommandSpec().positionalParameters().isEmpty()) {
            return;
        }
        PositionalParamSpec p = command.getCommandSpec().positionalParameters().get(0);
        if (p.completionCandidates() != null) {
            if (line.wordIndex() == 1) {
                p.completionCandidates().forEach(c -> candidates.add(new Candidate(c)));
            }
        } else if (p.paramLabel().contains("FILE") && !(line.wordIndex() == 1 && p.paramLabel().startsWith("[N]")
                && line.word().matches("\\d+"))) {
            files.complete(reader, line, candidates);
        }
    }
}

package dev.rapport.repl;

import dev.rapport.llm.Engine;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/** Tab: command names from the Picocli spec, then file names, rule ids or the two limits depending on the command. */
final class ReplCompleter implements Completer {
    private final Completer commandNames;
    private final Completer files = new FileNameCompleter();
    private final Supplier<Collection<String>> ruleIds;

    ReplCompleter(CommandSpec spec, Supplier<Collection<String>> ruleIds) {
        this.commandNames = new PicocliJLineCompleter(spec);
        this.ruleIds = ruleIds;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            if (line.word().isEmpty() || line.word().startsWith("/")) {
                commandNames.complete(reader, line, candidates);
            }
            return;
        }
        String command = line.words().get(0).toLowerCase(Locale.ROOT);
        switch (command) {
            case "/me", "/them", "/save" -> files.complete(reader, line, candidates);
            case "/copy" -> {
                if (line.wordIndex() == 1 && line.word().matches("\\d*")) {
                    return;
                }
                files.complete(reader, line, candidates);
            }
            case "/explain" -> {
                if (line.wordIndex() == 1) {
                    ruleIds.get().forEach(id -> candidates.add(new Candidate(id)));
                }
            }
            case "/engine" -> {
                if (line.wordIndex() == 1) {
                    for (String id : Engine.ids().split("\\|")) {
                        candidates.add(new Candidate(id));
                    }
                }
            }
            case "/limit" -> {
                if (line.wordIndex() == 1) {
                    candidates.add(new Candidate("300"));
                    candidates.add(new Candidate("200"));
                }
            }
            default -> {
                // free text: nothing to offer
            }
        }
    }
}

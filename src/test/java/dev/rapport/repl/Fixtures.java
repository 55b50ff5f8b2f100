package dev.rapport.repl;

import dev.rapport.app.Advisor;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/** The real core, the example pairs and a conversation over a scripted terminal. */
final class Fixtures {
    static final YearMonth TODAY = YearMonth.of(2026, 11);
    static final Path PAIRS = Path.of("examples", "pairs").toAbsolutePath();
    static final Advisor ADVISOR = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> TODAY);

    private Fixtures() {
    }

    static Path pair(String name) {
        return PAIRS.resolve(name);
    }

    /** The one file or folder named me.* / them.* in a pair. */
    static Path profile(String pair, String who) {
        try (var files = Files.list(pair(pair))) {
            return files.filter(p -> p.getFileName().toString().equals(who)
                    || p.getFileName().toString().startsWith(who + ".")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReplEnvironment env(Path workDir) {
        return new ReplEnvironment(workDir, Map.of("HOME", workDir.toString()));
    }

    static Conversation conversation(ScriptIO io, Path workDir) {
        return new Conversation(io, () -> ADVISOR, env(workDir));
    }
}

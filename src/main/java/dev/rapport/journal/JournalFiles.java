package dev.rapport.journal;

import dev.rapport.Xdg;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the journal lives: {@code RAPPORT_JOURNAL} (a file, or "off"), else
 * {@code $XDG_DATA_HOME/rapport/journal.db}, else {@code $HOME/.local/share/rapport/journal.db}.
 * Everything comes from the injected environment, so a run without HOME (a test) has no journal.
 */
public final class JournalFiles {
    public static final String FILE = "journal.db";

    private JournalFiles() {
    }

    public static Optional<Path> locate(Map<String, String> env) {
        String explicit = Xdg.value(env, "RAPPORT_JOURNAL");
        if (explicit != null) {
            return "off".equalsIgnoreCase(explicit) ? Optional.empty() : Optional.of(Path.of(explicit));
        }
        return Xdg.dataDir(env).map(d -> d.resolve(FILE));
    }
}

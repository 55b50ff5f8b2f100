package dev.rapport.journal;

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
        String explicit = value(env, "RAPPORT_JOURNAL");
        if (explicit != null) {
            return "off".equalsIgnoreCase(explicit) ? Optional.empty() : Optional.of(Path.of(explicit));
        }
        String data = value(env, "XDG_DATA_HOME");
        if (data != null) {
            return Optional.of(Path.of(data, "rapport", FILE));
        }
        String home = value(env, "HOME");
        return home == null ? Optional.empty() : Optional.of(Path.of(home, ".local", "share", "rapport", FILE));
    }

    /** True when the user switched the journal off on purpose ({@code RAPPORT_JOURNAL=off}): nothing to say about it. */
    public static boolean switchedOff(Map<String, String> env) {
        return "off".equalsIgnoreCase(value(env, "RAPPORT_JOURNAL"));
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}

package dev.rapport.repl;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the REPL lives: the directory relative file names start from, the environment (for the data
 * directory and NO_COLOR). Injected so tests never touch the user's home.
 */
public record ReplEnvironment(Path workDir, Map<String, String> env) {
    public ReplEnvironment {
        env = Map.copyOf(env);
    }

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** A file name as the user typed it: quotes from drag-and-drop removed, a leading ~ expanded, relative to the work dir. */
    public Path resolve(String spec) {
        String s = spec.strip();
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1);
        }
        String home = env("HOME");
        if (home != null && (s.equals("~") || s.startsWith("~/"))) {
            s = home + s.substring(1);
        }
        return workDir.resolve(s).normalize();
    }

    /** $XDG_DATA_HOME/rapport, else ~/.local/share/rapport; null when neither is known. */
    public Path dataDir() {
        return dev.rapport.Xdg.dataDir(env).orElse(null);
    }
}

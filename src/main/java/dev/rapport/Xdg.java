package dev.rapport;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that says where rapport keeps things, from an injected environment (never the
 * process's own, so tests never touch the user's home): {@code $XDG_DATA_HOME/rapport} else
 * {@code ~/.local/share/rapport} for data (journal, history, notices), {@code $XDG_CONFIG_HOME/rapport}
 * else {@code ~/.config/rapport} for config.yaml. As the XDG specification says, a relative
 * XDG path is ignored. Empty when neither the XDG variable nor HOME is known.
 */
public final class Xdg {
    private Xdg() {
    }

    public static Optional<Path> dataDir(Map<String, String> env) {
        return dir(env, "XDG_DATA_HOME", ".local/share");
    }

    public static Optional<Path> configDir(Map<String, String> env) {
        return dir(env, "XDG_CONFIG_HOME", ".config");
    }

    private static Optional<Path> dir(Map<String, String> env, String variable, String underHome) {
        String xdg = value(env, variable);
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "rapport"));
        }
        String home = value(env, "HOME");
        return home == null ? Optional.empty() : Optional.of(Path.of(home).resolve(underHome).resolve("rapport"));
    }

    /** A variable's value, stripped; null when unset or blank. */
    public static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}

package dev.rapport.app;

import dev.rapport.draft.Style;
import dev.rapport.draft.StyleWords;
import java.util.List;

/**
 * A tone or a length asked for in the user's words ("warmer", "less formal", "brief"), for the
 * chat parser: read from the one list the offline refiner reads too ({@link StyleWords}).
 * Exactly one of {@code tone} and {@code length} is set.
 */
public record AskedStyle(Style.Tone tone, Style.Length length) {

    /** Every tone or length asked for, in the order written, each once. */
    public static List<AskedStyle> in(String words) {
        return StyleWords.in(words).stream().map(c -> new AskedStyle(c.tone(), c.length())).toList();
    }
}

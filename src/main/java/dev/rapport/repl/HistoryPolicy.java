package dev.rapport.repl;

import dev.rapport.app.Profiles;

/**
 * What may go into the history file. Profiles are personal data, so only single, short lines that
 * were typed as commands or chat are kept (the conversation decides which lines those are).
 */
final class HistoryPolicy {
    static final int MAX_LINE = 400;

    private HistoryPolicy() {
    }

    static boolean keep(String line) {
        return line != null && !line.isBlank() && line.indexOf('\n') < 0 && line.indexOf('\r') < 0
                && line.length() <= MAX_LINE && !Profiles.looksLikeOne(line);
    }
}

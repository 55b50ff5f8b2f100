package dev.rapport.repl;

import dev.rapport.text.Secrets;

import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, except that JLine's own "add every accepted line" is switched off: only lines the
 * conversation {@linkplain #keep keeps} (commands and chat, never pasted profiles) reach the file.
 */
final class PrivateHistory extends DefaultHistory {
    @Override
    public void add(Instant time, String line) {
        // JLine calls this for every accepted line, pastes included; the conversation decides instead
    }

    void keep(String line) {
        if (HistoryPolicy.keep(line)) {
            super.add(Instant.now(), Secrets.mask(line));
        }
    }
}

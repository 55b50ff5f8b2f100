package dev.rapport.etiquette;

import java.util.Locale;
import java.util.Optional;

/** What the user says happened to an invitation. Ids are stored in the journal and typed on the command line. */
public enum Mark {
    SENT, ACCEPTED, IGNORED, WITHDRAWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mark> parse(String text) {
        for (Mark m : values()) {
            if (m.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

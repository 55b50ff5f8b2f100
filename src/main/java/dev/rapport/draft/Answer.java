package dev.rapport.draft;

import java.util.List;

/** An answer to a question (sanitised, no links) or, after a failure, Ctrl-C or without a model, no text and notices. */
public record Answer(String text, List<String> notices, boolean cancelled) {
    public static final Answer NONE = new Answer(null, List.of(), false);

    public Answer {
        notices = List.copyOf(notices);
    }

    public boolean ok() {
        return text != null && !text.isBlank();
    }
}

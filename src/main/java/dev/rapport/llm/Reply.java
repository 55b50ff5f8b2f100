package dev.rapport.llm;

import java.util.List;

/** A chat answer (sanitised, no links) or, after a failure or Ctrl-C, no text and a notice. */
public record Reply(String text, List<String> notices, boolean cancelled, Usage.Counts cost) {
    public Reply {
        notices = List.copyOf(notices);
    }

    public boolean ok() {
        return text != null && !text.isBlank();
    }
}

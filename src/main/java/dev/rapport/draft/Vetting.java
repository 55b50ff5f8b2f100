package dev.rapport.draft;

import java.util.List;

/** What is wrong with one candidate note, in words a writer (or a model) can act on; empty when nothing is. */
@FunctionalInterface
public interface Vetting {
    Vetting NONE = note -> List.of();

    List<String> problems(String note);
}

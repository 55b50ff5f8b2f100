package dev.rapport.language;

import java.util.List;
import java.util.Set;

/** A text with the labels a person gave it (none, one or several), and any cue evidence found in it. */
public record LabelledText(String text, Set<String> labels, List<String> evidence) {
    public LabelledText {
        labels = Set.copyOf(labels);
        evidence = List.copyOf(evidence);
    }
}

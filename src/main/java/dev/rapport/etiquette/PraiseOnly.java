package dev.rapport.etiquette;

import java.util.List;

/**
 * A note whose only specific details sit in its over-the-top praise ("the most inspiring L&D leader in Asia"):
 * naming their field and region to flatter them says nothing of how the two know each other, so it is no reason.
 */
final class PraiseOnly {
    private PraiseOnly() {
    }

    static boolean in(List<Finding> found, NoteReading reading) {
        List<Finding> flattery = found.stream().filter(f -> f.rule().equals("flattery")).toList();
        if (flattery.isEmpty()) {
            return false;
        }
        List<Span> sentences = Sentences.split(reading.note, 0);
        List<Span> praise = flattery.stream().map(f -> {
            Span s = Sentences.containing(sentences, f.start());
            return s != null ? s : new Span(f.start(), f.end());
        }).toList();
        return reading.details().stream()
                .allMatch(d -> praise.stream().anyMatch(p -> d.start() >= p.start() && d.end() <= p.end()));
    }
}

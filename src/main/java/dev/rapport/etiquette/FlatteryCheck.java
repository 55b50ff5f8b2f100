package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.List;

/**
 * Sweeping praise. Some phrases are flattery whatever follows; softer ones ("truly inspiring")
 * are a sincere compliment when the same sentence names a particular piece of the person's work.
 */
final class FlatteryCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        List<Span> spans = new ArrayList<>(note.book.find(note.note, rule));
        for (Span soft : note.book.findPhrases(note.note, rule.phrases("soft-phrases"))) {
            if (!namesWork(rule, note, soft)) {
                spans.add(soft);
            }
        }
        return Span.merge(spans).stream().map(span -> note.finding(rule, span)).toList();
    }

    private static boolean namesWork(Rule rule, NoteReading note, Span span) {
        int from = sentenceStart(note.note, span.start());
        int to = sentenceEnd(note.note, span.end());
        String sentence = note.note.substring(from, to);
        return note.hasSpecificIn(from, to) && note.book.containsPhrase(sentence, rule.phrases("work-nouns"));
    }

    private static int sentenceStart(String s, int i) {
        int j = i;
        while (j > 0 && ".!?\n".indexOf(s.charAt(j - 1)) < 0) {
            j--;
        }
        return j;
    }

    private static int sentenceEnd(String s, int i) {
        int j = i;
        while (j < s.length() && ".!?\n".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }
}

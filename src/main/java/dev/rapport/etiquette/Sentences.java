package dev.rapport.etiquette;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import java.util.ArrayList;
import java.util.List;

/** A note cut into its greeting and its sentences, as spans, so that whole sentences can be judged or removed. */
final class Sentences {
    private Sentences() {
    }

    /** The greeting with its trailing punctuation ("Hi Priya, "), or an empty span at 0. */
    static Span greeting(String note, Greeting g) {
        if (g.end() == 0) {
            return new Span(0, 0);
        }
        int i = g.end();
        while (i < note.length() && ",.!:;—–-".indexOf(note.charAt(i)) >= 0) {
            i++;
        }
        while (i < note.length() && Character.isWhitespace(note.charAt(i))) {
            i++;
        }
        return new Span(0, i);
    }

    /** The sentences after {@code from} (as the language layer cuts them), each without surrounding white space. */
    static List<Span> split(String note, int from) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : Language.english().sentences(note)) {
            add(out, note, Math.max(from, s.start()), s.end());
        }
        return out;
    }

    static Span containing(List<Span> sentences, int index) {
        for (Span s : sentences) {
            if (index >= s.start() && index < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static void add(List<Span> out, String note, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(note.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(note.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Span(a, b));
        }
    }
}

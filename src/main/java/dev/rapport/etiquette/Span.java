package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stretch [start, end) of a note in UTF-16 indices. */
record Span(int start, int end) {

    String of(String text) {
        return text.substring(start, end);
    }

    boolean within(int from, int to) {
        return start >= from && end <= to;
    }

    /** Overlapping or touching matches of one rule become one finding, so a phrase is never reported twice. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}

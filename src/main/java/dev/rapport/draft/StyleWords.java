package dev.rapport.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that ask for a tone or a length ("warmer", "less formal", "shorter"), from
 * {@code style-words.yaml}: the one list that the chat parser and the offline refiner both read.
 * Pure once loaded.
 */
public final class StyleWords {
    private static final String RESOURCE = "/dev/rapport/draft/style-words.yaml";

    /** One asked change: a tone or a length (the other is null). */
    public record Change(Style.Tone tone, Style.Length length) {
        public Style applyTo(Style s) {
            return tone != null ? s.withTone(tone) : s.withLength(length);
        }
    }

    /** The YAML's shape. */
    record Entry(Style.Tone tone, Style.Length length, List<String> words) {
    }

    record File(List<Entry> entries) {
    }

    private record Compiled(Pattern pattern, Change change) {
    }

    private static final List<Compiled> COMPILED = compile();

    private StyleWords() {
    }

    /** Every tone or length asked for in the words, in the order written, each change once; empty when none. */
    public static List<Change> in(String words) {
        record Hit(int start, int end, Change change) {
        }
        String t = words == null ? "" : words;
        List<Hit> hits = new ArrayList<>();
        for (Compiled c : COMPILED) {
            Matcher m = c.pattern().matcher(t);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean overlaps = hits.stream().anyMatch(h -> start < h.end() && h.start() < end);
                boolean repeated = hits.stream().anyMatch(h -> h.change().equals(c.change()));
                if (!overlaps && !repeated) {
                    hits.add(new Hit(start, end, c.change()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits.stream().map(Hit::change).toList();
    }

    private static List<Compiled> compile() {
        List<Compiled> out = new ArrayList<>();
        for (Entry e : Phrasebook.load(RESOURCE, File.class).entries()) {
            if ((e.tone() == null) == (e.length() == null)) {
                throw new IllegalStateException(RESOURCE + ": each entry names a tone or a length");
            }
            // longest first inside an entry, so "warm it up" wins over a shorter word it holds
            List<String> words = e.words().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList();
            out.add(new Compiled(Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), new Change(e.tone(), e.length())));
        }
        return List.copyOf(out);
    }
}

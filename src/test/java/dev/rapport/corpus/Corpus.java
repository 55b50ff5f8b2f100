package dev.rapport.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The labelled corpus in src/test/resources/corpus/: reasons (intents), note sentences (note-rule
 * labels) and whole real notes (a verdict). Every item has a split (train, dev, test) fixed by its source.
 */
public final class Corpus {
    /** One labelled item. */
    public record Item(String id, String text, Set<String> labels, String source, String split, String verdict) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public static List<Item> reasons() {
        return read("reasons.jsonl", "intents");
    }

    public static List<Item> noteSentences() {
        return read("note-sentences.jsonl", "labels");
    }

    /** Profile sentences labelled with the policy they state (known-only, no-recruiters, ...; none is no label). */
    public static List<Item> policySentences() {
        return read("policy-sentences.jsonl", "labels");
    }

    public static List<Item> realNotes() {
        return read("notes-real.jsonl", "problems");
    }

    /** The second set of real notes, collected after the first had been looked at while tuning; only ever measured. */
    public static List<Item> realNotes2() {
        return read("notes-real-2.jsonl", "problems");
    }

    /** The development set of real notes (new pages, none of the held sets'): for studying failures, never a reported target. */
    public static List<Item> realNotesDev() {
        return read("notes-real-dev.jsonl", "problems");
    }

    public static List<Item> split(List<Item> items, String split) {
        return items.stream().filter(i -> i.split().equals(split)).toList();
    }

    static List<Item> read(String name, String labelField) {
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                Set<String> labels = new LinkedHashSet<>();
                n.path(labelField).forEach(l -> labels.add(l.asText()));
                out.add(new Item(n.path("id").asText(), n.path("text").asText(), labels, n.path("source").asText(),
                        n.path("split").asText("test"), n.path("verdict").asText("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the corpus file " + name + " is empty");
        }
        return out;
    }

    private static InputStream open(String name) throws IOException {
        String dir = System.getProperty("rapport.corpus");
        if (dir != null) {
            return Files.newInputStream(Path.of(dir, name));
        }
        InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name);
        if (in == null) {
            throw new IOException("the corpus file " + name + " is missing from src/test/resources/corpus");
        }
        return in;
    }
}

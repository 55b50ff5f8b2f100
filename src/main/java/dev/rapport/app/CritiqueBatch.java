package dev.rapport.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.RapportException;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteVerdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many notes critiqued in one process (critique --each): one note a line, or JSON lines with a "text"
 * field; one row per note and a summary. A class's notes are graded in seconds, not one JVM per note.
 */
public final class CritiqueBatch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 60;
    private static final int RULES_WIDTH = 28;

    /** One graded note: its line in the file, its text and its critique. */
    public record Row(int line, String text, int score, NoteVerdict verdict, List<String> rules) {
    }

    private CritiqueBatch() {
    }

    /**
     * The notes of a file's content, with their line numbers, and a one-line problem for each line that holds no note (a
     * JSON line without a "text" field): one bad line in a class's file does not refuse the others. A clear one-line error
     * when nothing in the file is a note.
     */
    public record Notes(Map<Integer, String> notes, List<String> skipped) {
        public Notes {
            notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
            skipped = List.copyOf(skipped);
        }
    }

    /** The notes of a file's content, with their line numbers; the lines that hold none are said in {@link Notes#skipped}. */
    public static Notes read(String content, String source) {
        Map<Integer, String> out = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        boolean jsonl = content.stripLeading().startsWith("{");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            // (a line shaped as JSON in a file of plain lines is read as JSON too: '{"txt": …}' was graded as a note)
            if (jsonl || line.startsWith("{") && line.endsWith("}")) {
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (Exception e) {
                    // (said as what it is: a trainer's broken line was told only that it had no "text" field)
                    skipped.add(Messages.get("critique.each.bad-json", source, i + 1));
                    continue;
                }
                if (n == null || !n.path("text").isTextual()) {
                    skipped.add(Messages.get("critique.each.bad-line", source, i + 1));
                    continue;
                }
                if (n.path("text").asText().isBlank()) {
                    // '{"text": ""}' is no note, as an empty note on the command line is none
                    skipped.add(Messages.get("critique.each.blank-text", source, i + 1));
                    continue;
                }
                out.put(i + 1, n.path("text").asText());
            } else {
                out.put(i + 1, line);
            }
        }
        if (out.isEmpty()) {
            throw new RapportException(skipped.isEmpty() ? Messages.get("critique.each.empty", source) : skipped.get(0));
        }
        return new Notes(out, skipped);
    }

    /** The notes alone, for a file that must be all notes: the first line that holds none is a one-line error. */
    public static Map<Integer, String> notes(String content, String source) {
        Notes read = read(content, source);
        if (!read.skipped().isEmpty()) {
            throw new RapportException(read.skipped().get(0));
        }
        return read.notes();
    }

    /** Critiques every note with the same advisor and context. */
    public static List<Row> grade(Advisor advisor, Map<Integer, String> notes, int limit) {
        return grade(advisor, notes, limit, null, null, "");
    }

    /** The same, each note read as sent by {@code me} to {@code them} for {@code why} (any may be null or blank). */
    public static List<Row> grade(Advisor advisor, Map<Integer, String> notes, int limit,
                                  dev.rapport.profile.Profile me, dev.rapport.profile.Profile them, String why) {
        List<Row> rows = new ArrayList<>();
        notes.forEach((line, text) -> {
            NoteReview r = advisor.critique(text, me, them, why == null ? "" : why, limit);
            rows.add(new Row(line, text, r.critique().score(), r.critique().verdict(),
                    r.critique().findings().stream().map(Finding::rule).distinct().toList()));
        });
        return rows;
    }

    /** One row a note, then the summary: how many of each verdict and the mean score. */
    public static String text(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        // the rules column as wide as its longest list, so that a note breaking many rules keeps the notes in line (hand16)
        int width = Math.max(RULES_WIDTH, rows.stream().mapToInt(r -> String.join(",", r.rules()).length()).max().orElse(0));
        // each column as wide as its heading too ("score" is wider than any score)
        String row = "%4s  %5s  %-11s  %-" + width + "s  %s%n";
        // (a hand session: rows of bare figures needed the README to be read)
        out.append(String.format(row, Messages.get("critique.each.head.line"), Messages.get("critique.each.head.score"),
                Messages.get("critique.each.head.verdict"), Messages.get("critique.each.head.rules"), Messages.get("critique.each.head.note")));
        for (Row r : rows) {
            String shown = r.text().length() > SHOWN ? r.text().substring(0, SHOWN - 1) + "…" : r.text();
            out.append(String.format(row, r.line(), r.score(), r.verdict().id(),
                    String.join(",", r.rules()), shown.replaceAll("\\s+", " ")));
        }
        Map<NoteVerdict, Integer> counts = counts(rows);
        out.append(Messages.get("critique.each.summary", rows.size(), counts.get(NoteVerdict.SEND),
                counts.get(NoteVerdict.REVISE), counts.get(NoteVerdict.DO_NOT_SEND),
                String.format("%.1f", rows.stream().mapToInt(Row::score).average().orElse(0)))).append('\n');
        return out.toString();
    }

    /** The same as JSON: {"notes": [...], "summary": {...}}. */
    public static String json(List<Row> rows) {
        return json(rows, List.of());
    }

    /** The same, with the lines that held no note said in "skipped". */
    public static String json(List<Row> rows, List<String> skipped) {
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("line", r.line());
            n.put("text", r.text());
            n.put("score", r.score());
            n.put("verdict", r.verdict().id());
            n.put("rules", r.rules());
            notes.add(n);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("notes", rows.size());
        counts(rows).forEach((v, c) -> summary.put(v.id(), c));
        summary.put("meanScore", rows.stream().mapToInt(Row::score).average().orElse(0));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("notes", notes);
        out.put("summary", summary);
        if (!skipped.isEmpty()) {
            out.put("skipped", skipped);
        }
        return AssessmentJson.write(out);
    }

    private static Map<NoteVerdict, Integer> counts(List<Row> rows) {
        Map<NoteVerdict, Integer> counts = new EnumMap<>(NoteVerdict.class);
        for (NoteVerdict v : NoteVerdict.values()) {
            counts.put(v, 0);
        }
        rows.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return counts;
    }
}

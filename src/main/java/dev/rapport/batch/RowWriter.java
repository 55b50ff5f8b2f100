package dev.rapport.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Reason;
import dev.rapport.text.Sanitizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes batch rows as they come, in one of the {@link OutputFormat}s. Field names are the same
 * as in {@code rapport check --json} where they overlap (verdict, warrant, reasons, notes).
 */
public abstract class RowWriter implements AutoCloseable {
    protected final Writer out;

    protected RowWriter(Writer out) {
        this.out = out;
    }

    public static RowWriter of(OutputFormat format, Writer out) {
        return switch (format) {
            case CSV -> new Csv(out);
            case JSONL -> new Jsonl(out);
            case MARKDOWN -> new Markdown(out);
        };
    }

    public abstract void write(Row row);

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String reasonsText(Row row) {
        return row.reasons().stream().map(r -> r.rule() + ": " + r.message()).collect(Collectors.joining(" | "));
    }

    /** source,name,verdict,warrant,reasons,note1..note3,error,resumed */
    static final class Csv extends RowWriter {
        private static final int NOTES = 3;
        private final SequenceWriter seq;

        Csv(Writer out) {
            super(out);
            CsvSchema.Builder schema = CsvSchema.builder();
            for (String c : List.of("source", "name", "verdict", "warrant", "reasons")) {
                schema.addColumn(c);
            }
            for (int i = 1; i <= NOTES; i++) {
                schema.addColumn("note" + i);
            }
            schema.addColumn("notice").addColumn("error").addColumn("resumed");
            try {
                CsvMapper mapper = new CsvMapper();
                mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                seq = mapper.writer(schema.build().withHeader()).writeValues(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(Row row) {
            List<String> cells = new ArrayList<>(List.of(row.source(), row.name(), row.verdict(),
                    row.failed() ? "" : Integer.toString(row.warrant()), reasonsText(row)));
            for (int i = 0; i < NOTES; i++) {
                cells.add(i < row.notes().size() ? row.notes().get(i).text() : "");
            }
            cells.add(row.notice());
            cells.add(row.failed() ? row.error() : "");
            cells.add(Boolean.toString(row.resumed()));
            try {
                seq.write(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                seq.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            super.close();
        }
    }

    /** One JSON object per line. */
    static final class Jsonl extends RowWriter {
        private static final ObjectMapper JSON = new ObjectMapper();

        record ReasonJson(String rule, String severity, String message) {
        }

        record NoteJson(String text, int chars, String angle) {
        }

        record Line(String source, String name, String verdict, Integer warrant, List<ReasonJson> reasons,
                    List<NoteJson> notes, List<String> suggestions, String notice, String error, boolean resumed) {
        }

        Jsonl(Writer out) {
            super(out);
        }

        @Override
        public void write(Row row) {
            Line line = new Line(row.source(), row.name(), row.failed() ? null : row.verdict(),
                    row.failed() ? null : row.warrant(),
                    row.reasons().stream().map(r -> new ReasonJson(r.rule(), r.severity().id(), r.message())).toList(),
                    row.notes().stream().map(n -> new NoteJson(n.text(), n.chars(), n.angle())).toList(),
                    row.suggestions(), row.notice().isEmpty() ? null : row.notice(), row.error(), row.resumed());
            try {
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A table: target, verdict, warrant, reasons (rule ids), notes. */
    static final class Markdown extends RowWriter {
        private boolean header;

        Markdown(Writer out) {
            super(out);
        }

        @Override
        public void write(Row row) {
            try {
                if (!header) {
                    out.write(Messages.get("md.header") + "\n|---|---|---:|---|---|\n");
                    header = true;
                }
                String who = row.name().isBlank() ? row.source() : row.name() + " <br>" + row.source();
                String verdict = row.failed() ? Messages.get("md.unreadable")
                        : row.alreadyConnected() ? Messages.get("md.connected") : row.verdict();
                String reasons = row.failed() ? row.error()
                        : row.reasons().stream().map(Reason::rule).distinct().collect(Collectors.joining(", "));
                List<String> notes = new ArrayList<>(row.notes().stream().map(Note::text).toList());
                if (!row.notice().isEmpty()) {
                    notes.add(row.notice());
                }
                out.write("| " + cell(who) + " | " + cell(verdict) + " | " + (row.failed() ? "" : row.warrant())
                        + " | " + cell(reasons) + " | " + cell(String.join(" <br>", notes)) + " |\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String cell(String s) {
            return Sanitizer.clean(s).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
        }
    }
}

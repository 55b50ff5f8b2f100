package dev.rapport.journal;

import dev.rapport.io.InputKind;
import dev.rapport.io.InputFiles;
import dev.rapport.io.IoReasons;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Invitations.csv from LinkedIn's data export: {@code From,To,Sent At,Message,Direction}
 * and, in newer exports, {@code inviterProfileUrl,inviteeProfileUrl}. Only outgoing rows are
 * the user's own invitations; a non-empty Message means the invitation carried a note.
 */
public final class InvitationsCsv {
    /** "12/31/24, 7:18 AM"; some exports write a four-digit year or a narrow space before AM. */
    private static final List<DateTimeFormatter> SENT_AT = List.of(
            DateTimeFormatter.ofPattern("M/d/yy, h:mm a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy, h:mm a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yy", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US));
    private static final List<String> REQUIRED = List.of("To", "Sent At", "Message", "Direction");

    /** The outgoing invitations and how many incoming rows were left out. */
    public record Contents(List<Invitation> outgoing, int incoming) {
    }

    private InvitationsCsv() {
    }

    public static Contents read(Path file) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Invitation> out = new ArrayList<>();
        int incoming = 0;
        InputFiles.requireContent(file, InputKind.IMPORT);
        try (Reader reader = InputFiles.openText(file, InputKind.IMPORT);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            List<String> header = null;
            int row = 1;
            while (rows.hasNextValue()) {
                Map<String, String> r = rows.nextValue();
                row++;
                if (header == null) {
                    header = List.copyOf(r.keySet());
                    List<String> missing = REQUIRED.stream().filter(c -> !r.containsKey(c)).toList();
                    if (!missing.isEmpty()) {
                        throw Messages.error("import.missing-columns", file, String.join(", ", missing));
                    }
                }
                String direction = value(r, "Direction");
                if (!direction.equalsIgnoreCase("OUTGOING")) {
                    incoming++;
                    continue;
                }
                String to = value(r, "To");
                if (to.isBlank()) {
                    continue;
                }
                out.add(new Invitation(to, date(value(r, "Sent At"), file, row), !value(r, "Message").isBlank(),
                        value(r, "inviteeProfileUrl")));
            }
        } catch (RuntimeJsonMappingException e) {
            throw Messages.error("import.not-csv", file, IoReasons.parse(e));
        } catch (IOException e) {
            throw Messages.error("import.not-csv", file, IoReasons.parse(e));
        }
        return new Contents(out, incoming);
    }

    private static LocalDate date(String text, Path file, int row) {
        String t = text.replace('\u202F', ' ').replace('\u00A0', ' ').strip().toUpperCase(Locale.ROOT);
        for (DateTimeFormatter f : SENT_AT) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        throw Messages.error("import.bad-date", file, row, text);
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }
}

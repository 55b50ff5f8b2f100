package dev.rapport.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.text.Sanitizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads LinkedIn's "Get a copy of your data" export: Profile.csv, Positions.csv, Education.csv, Skills.csv
 * and Volunteering.csv, each with a header row. Columns are found by name, so extra or reordered columns
 * are fine; any file but one of Profile.csv and Positions.csv may be missing.
 */
final class LinkedInExportReader {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    /** One CSV row, looked up by column name regardless of case and surrounding spaces. */
    record Row(Map<String, String> cells) {
        String get(String... names) {
            for (String name : names) {
                String value = cells.get(name.toLowerCase(Locale.ROOT));
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return "";
        }
    }

    Profile read(ExportFiles export) {
        List<Row> profileRows = rows(export, "Profile.csv");
        Row me = profileRows.isEmpty() ? new Row(Map.of()) : profileRows.get(0);
        String name = String.join(" ", Stream.of(me.get("First Name"), me.get("Last Name"))
                .filter(s -> !s.isBlank()).toList());
        String headline = me.get("Headline");
        String summary = me.get("Summary");

        List<Position> positions = rows(export, "Positions.csv").stream().map(r -> new Position(
                r.get("Company Name", "Company"), r.get("Title"),
                ProfileDates.range(r.get("Started On", "Start Date"), r.get("Finished On", "End Date")),
                r.get("Location"), r.get("Description"))).toList();
        List<Education> education = rows(export, "Education.csv").stream().map(r -> new Education(
                r.get("School Name", "School"), r.get("Degree Name", "Degree"),
                ProfileDates.closedRange(r.get("Start Date", "Started On"), r.get("End Date", "Finished On")),
                r.get("Activities"))).toList();
        List<String> skills = rows(export, "Skills.csv").stream().map(r -> r.get("Name", "Skill")).toList();
        List<Volunteering> volunteering = rows(export, "Volunteering.csv").stream().map(r -> new Volunteering(
                r.get("Company Name", "Organization", "Organisation"), r.get("Role"), r.get("Cause"),
                ProfileDates.range(r.get("Started On", "Start Date"), r.get("Finished On", "End Date")),
                r.get("Description"))).toList();

        List<String> ownWords = new ArrayList<>(List.of(headline, summary));
        positions.stream().filter(p -> p.dates().isCurrent()).forEach(p -> ownWords.add(p.description()));
        List<String> notes = new ArrayList<>();
        rows(export, "Education.csv").forEach(r -> notes.add(r.get("Notes")));
        notes.add(me.get("Industry"));
        return new Profile(name, headline, me.get("Geo Location", "Location"), summary, positions, education,
                volunteering, skills, List.of(), List.of(), StatementFinder.preferences(ownWords),
                StatementFinder.statements(ownWords), String.join("\n", notes), SourceFormat.LINKEDIN_EXPORT);
    }

    private static List<Row> rows(ExportFiles export, String file) {
        return export.file(file).map(csv -> parse(csv, export.source())).orElse(List.of());
    }

    // LinkedIn puts a "Notes:" line and a quoted sentence above the header of some export files ("When exported, this file
    // contains …"), then a blank line: a new user's export was refused as malformed at its header
    private static final java.util.regex.Pattern NOTES_PREAMBLE = java.util.regex.Pattern.compile("(?s)\\A\\s*Notes:[^\\n]*\\n.*?\\n[ \\t]*\\r?\\n");

    /** The file without LinkedIn's "Notes:" preamble, when it has one. */
    static String withoutNotes(String text) {
        return NOTES_PREAMBLE.matcher(text).replaceFirst("");
    }

    static List<Row> parse(ExportFiles.Csv csv, String source) {
        String text = withoutNotes(Sanitizer.clean(csv.text()));
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (it.hasNextValue()) {
                Map<String, String> cells = new LinkedHashMap<>();
                it.nextValue().forEach((k, v) -> cells.put(k.strip().toLowerCase(Locale.ROOT), v));
                rows.add(new Row(cells));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if (at == null || at.getLineNr() < 1) {
                throw Messages.error("bad.csv.nowhere", csv.name(), source);
            }
            throw Messages.error("bad.csv", csv.name(), source, at.getLineNr());
        } catch (IOException e) {
            throw Messages.error("not.readable", csv.name() + " in " + source, ExportFiles.reason(e));
        }
        return rows;
    }
}

package dev.rapport.batch;

import dev.rapport.io.InputKind;
import dev.rapport.io.InputFiles;
import dev.rapport.io.IoReasons;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.RapportException;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.text.Urls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the command line's TARGETS into one {@link Target} per person:
 * <ul>
 *   <li>a profile file (any format rapport reads), or a LinkedIn export folder or .zip;</li>
 *   <li>a folder: every file in it, in name order (hidden files skipped; a sub-folder is read as an export);</li>
 *   <li>a {@code .jsonl}/{@code .ndjson} file: one JSON Resume object per line;</li>
 *   <li>a {@code .csv} file with a header row: {@code name} (required), {@code headline}, {@code company},
 *       {@code title}, {@code location}, {@code about}, {@code skills} (separated by ";"), {@code url}.</li>
 * </ul>
 * Nothing is read here beyond listing folders and splitting row files; a target that cannot be
 * read fails when it is read, so the batch reports it and goes on.
 */
public final class Targets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Targets() {
    }

    /**
     * Each file once, however often it is named (a folder and a file inside it name that file twice), and
     * each profile URL of a row once.
     */
    public static List<Target> expand(List<String> args) {
        return expand(args, Set.of());
    }

    /** As {@link #expand(List)}, leaving out {@code skipped} files (the results file, when it sits among the targets). */
    public static List<Target> expand(List<String> args, Set<Path> skipped) {
        List<Target> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>(skipped);
        Set<String> profiles = new HashSet<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            List<Path> files = List.of(path);
            if (Files.isDirectory(path) && !Files.exists(path.resolve("Profile.csv"))) {
                try (Stream<Path> listed = Files.list(path)) {
                    files = listed.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
                } catch (IOException e) {
                    out.add(failed(arg, Messages.get("target.unlisted", arg, IoReasons.of(e))));
                    continue;
                }
            }
            for (Path file : files) {
                if (!seen.add(identity(file))) {
                    continue;
                }
                for (Target target : expandFile(file)) {
                    boolean newProfile = Urls.profileKey(target.url()).map(profiles::add).orElse(true); // no URL: kept
                    if (newProfile) {
                        out.add(target);
                    }
                }
            }
        }
        return out;
    }

    /** The file itself, whatever the path that named it ("targets/t1.txt", "./targets/../targets/t1.txt", a link). */
    /** The file's real path, or its absolute one when it does not exist: the same file however it was named. */
    public static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize(); // a missing file: reported once, when it is read
        }
    }

    private static List<Target> expandFile(Path p) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(p) && (name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
            return jsonLines(p);
        }
        if (!Files.isDirectory(p) && name.endsWith(".csv")) {
            return csvRows(p);
        }
        return List.of(new Target(p.toString(), () -> ProfileReaders.read(p), null));
    }

    private static List<Target> jsonLines(Path file) {
        List<Target> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(InputFiles.openText(file, InputKind.TARGETS))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String source = Messages.get("target.row", file, n);
                String text = line.strip();
                out.add(new Target(source, () -> ProfileReaders.parse(text, source), jsonUrl(text)));
            }
        } catch (IOException e) {
            out.add(failed(file.toString(), Messages.get("target.unreadable", file, IoReasons.of(e))));
        } catch (RapportException e) {
            out.add(failed(file.toString(), e.getMessage()));
        }
        return out;
    }

    /** basics.url when it is a LinkedIn address, else the LinkedIn entry of basics.profiles. */
    private static String jsonUrl(String line) {
        try {
            JsonNode basics = JSON.readTree(line).path("basics");
            for (JsonNode p : basics.path("profiles")) {
                if (p.path("network").asText("").toLowerCase(Locale.ROOT).contains("linkedin")) {
                    return p.path("url").asText(null);
                }
            }
            String url = basics.path("url").asText("");
            return url.toLowerCase(Locale.ROOT).contains("linkedin.com") ? url : null;
        } catch (IOException | RuntimeException e) {
            return null; // the reader reports the malformed line
        }
    }

    private static List<Target> csvRows(Path file) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        List<Target> out = new ArrayList<>();
        try {
            InputFiles.requireContent(file, InputKind.TARGETS);
        } catch (RapportException e) {
            return List.of(failed(file.toString(), e.getMessage()));
        }
        try (Reader reader = InputFiles.openText(file, InputKind.TARGETS);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            int n = 1;
            while (rows.hasNextValue()) {
                n++;
                Map<String, String> row = lowerKeys(rows.nextValue());
                if (n == 2 && !row.containsKey("name")) {
                    return List.of(failed(file.toString(), Messages.get("target.csv-no-name", file)));
                }
                String source = Messages.get("target.row", file, n);
                out.add(new Target(source, () -> fromRow(row, source), row.get("url")));
            }
        } catch (RapportException e) {
            out.add(failed(file.toString(), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            out.add(failed(file.toString(), Messages.get("target.unreadable", file, IoReasons.parse(e))));
        }
        return out;
    }

    /** A CSV row as a JSON Resume object, so that the profile readers find preferences and statements as usual. */
    private static Profile fromRow(Map<String, String> row, String source) {
        String name = row.getOrDefault("name", "");
        if (name.isBlank()) {
            throw new RapportException(Messages.get("target.row-no-name", source));
        }
        ObjectNode resume = JSON.createObjectNode();
        ObjectNode basics = resume.putObject("basics");
        basics.put("name", name);
        put(basics, "label", row.get("headline"));
        put(basics, "summary", row.get("about"));
        if (!blank(row.get("location"))) {
            basics.putObject("location").put("city", row.get("location"));
        }
        if (!blank(row.get("company")) || !blank(row.get("title"))) {
            ObjectNode work = resume.putArray("work").addObject();
            put(work, "name", row.get("company"));
            put(work, "position", row.get("title"));
        }
        if (!blank(row.get("skills"))) {
            ArrayNode skills = resume.putArray("skills");
            for (String s : row.get("skills").split(";")) {
                if (!s.isBlank()) {
                    skills.addObject().put("name", s.strip());
                }
            }
        }
        return ProfileReaders.parse(resume.toString(), source);
    }

    private static void put(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, String> lowerKeys(Map<String, String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k == null ? "" : k.strip().toLowerCase(Locale.ROOT), v == null ? "" : v));
        return out;
    }

    private static Target failed(String source, String message) {
        return new Target(source, () -> {
            throw new RapportException(message);
        }, null);
    }
}

package dev.rapport.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The CSV files rapport reads from a LinkedIn data export, taken from its folder or its .zip.
 * Only the few files named below are read; the rest of an export (messages, connections) is never opened.
 */
record ExportFiles(String source, Map<String, ExportFiles.Csv> files) {
    static final List<String> WANTED = List.of("Profile.csv", "Positions.csv", "Education.csv", "Skills.csv",
            "Volunteering.csv");

    /** One CSV file's decoded text and the name to use in messages. */
    record Csv(String name, String text) {
    }

    ExportFiles {
        files = Map.copyOf(files);
    }

    Optional<Csv> file(String name) {
        return Optional.ofNullable(files.get(name.toLowerCase(Locale.ROOT)));
    }

    static ExportFiles fromFolder(Path folder, String source) {
        Map<String, Csv> found = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                String wanted = wanted(name);
                if (wanted != null && Files.isRegularFile(child)) {
                    String label = name + " in " + source;
                    try (InputStream in = Files.newInputStream(child)) {
                        found.put(wanted, new Csv(name, Utf8Text.decode(readBounded(in, label), label)));
                    }
                }
            }
        } catch (IOException e) {
            throw Messages.error("not.readable", source, reason(e));
        }
        return checked(source, found);
    }

    static ExportFiles fromZip(InputStream zipBytes, String source) {
        Map<String, Csv> found = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(zipBytes)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String path = entry.getName().replace('\\', '/');
                String name = path.substring(path.lastIndexOf('/') + 1);
                String wanted = wanted(name);
                // An export has one copy of each file; a nested duplicate must not replace the first.
                if (wanted != null && !entry.isDirectory() && !found.containsKey(wanted)) {
                    String label = name + " in " + source;
                    found.put(wanted, new Csv(name, Utf8Text.decode(readBounded(zip, label), label)));
                }
            }
        } catch (ZipException e) {
            throw Messages.error("bad.zip", source, reason(e));
        } catch (IOException e) {
            throw Messages.error("not.readable", source, reason(e));
        }
        return checked(source, found);
    }

    /** Reads at most one byte more than the limit so that too large is told apart from just large enough. */
    static byte[] readBounded(InputStream in, String label) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > Utf8Text.MAX_BYTES) {
                throw Messages.error("too.large", label);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static String wanted(String name) {
        return WANTED.stream().filter(w -> w.equalsIgnoreCase(name)).map(w -> w.toLowerCase(Locale.ROOT))
                .findFirst().orElse(null);
    }

    private static ExportFiles checked(String source, Map<String, Csv> found) {
        if (!found.containsKey("profile.csv") && !found.containsKey("positions.csv")) {
            throw Messages.error("no.export.files", source);
        }
        return new ExportFiles(source, found);
    }
}

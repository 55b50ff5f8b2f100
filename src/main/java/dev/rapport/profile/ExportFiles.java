package dev.rapport.profile;

import dev.rapport.io.InputFiles;
import dev.rapport.io.InputKind;
import dev.rapport.io.IoReasons;
import dev.rapport.io.LimitedInput;
import dev.rapport.io.Utf8;

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
import java.util.zip.ZipFile;
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

    /** Inflating stops here, whatever the archive holds: five CSV files of at most 1 MB each fit well within it. */
    static final long MAX_INFLATED = 8L * 1024 * 1024;

    static ExportFiles fromFolder(Path folder, String source) {
        Map<String, Csv> found = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                String wanted = wanted(name);
                if (wanted != null && InputFiles.type(child) != InputFiles.Type.FOLDER) {
                    String label = name + " in " + source;
                    found.put(wanted, new Csv(name, Utf8.decode(InputFiles.readBytes(child, InputKind.PROFILE, label), label)));
                }
            }
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
        return checked(source, found);
    }

    /** Does the (regular) file start like a zip archive? */
    static boolean isZipFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isZip(in.readNBytes(4));
        } catch (IOException e) {
            throw InputFiles.unreadable(file.toString(), e);
        }
    }

    /** Do the bytes start like a zip archive (a LinkedIn export saved as one file)? */
    static boolean isZip(byte[] bytes) {
        return Utf8.startsWith(bytes, 'P', 'K', 3, 4);
    }

    /** An archive on disk: its directory is read, and only the wanted entries are ever inflated. */
    static ExportFiles fromZipFile(Path file, String source) {
        Map<String, Csv> found = new LinkedHashMap<>();
        long[] budget = {MAX_INFLATED};
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String wanted = wanted(fileName(entry));
                if (wanted != null && !entry.isDirectory() && !found.containsKey(wanted)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        found.put(wanted, entry(fileName(entry), in, source, budget));
                    }
                }
            }
        } catch (ZipException e) {
            throw Messages.error("bad.zip", source, IoReasons.of(e));
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
        return checked(source, found);
    }

    /** An archive given as bytes (on stdin): unwanted entries are drained against the same inflation budget. */
    static ExportFiles fromZip(InputStream zipBytes, String source) {
        Map<String, Csv> found = new LinkedHashMap<>();
        long[] budget = {MAX_INFLATED};
        try (ZipInputStream zip = new ZipInputStream(zipBytes)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String wanted = wanted(fileName(entry));
                // An export has one copy of each file; a nested duplicate must not replace the first.
                if (wanted != null && !entry.isDirectory() && !found.containsKey(wanted)) {
                    found.put(wanted, entry(fileName(entry), zip, source, budget));
                } else {
                    budget[0] -= new LimitedInput(zip, budget[0], () -> inflatedTooMuch(source)).transferTo(
                            java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException e) {
            throw Messages.error("bad.zip", source, IoReasons.of(e));
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
        return checked(source, found);
    }

    private static Csv entry(String name, InputStream in, String source, long[] budget) throws IOException {
        String label = name + " in " + source;
        LimitedInput total = new LimitedInput(in, budget[0], () -> inflatedTooMuch(source));
        byte[] bytes = InputFiles.readStream(total, InputKind.PROFILE, label);
        budget[0] -= total.count();
        return new Csv(name, Utf8.decode(bytes, label));
    }

    private static dev.rapport.RapportException inflatedTooMuch(String source) {
        return Messages.error("inflated.too.much", source, MAX_INFLATED / (1024 * 1024));
    }

    private static String fileName(ZipEntry entry) {
        String path = entry.getName().replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String reason(IOException e) {
        return IoReasons.of(e);
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

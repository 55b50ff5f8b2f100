package dev.rapport.io;

import dev.rapport.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way rapport reads a file a user names: profiles, export entries, notes, rule files,
 * prompts, the config, the REPL history, imports and batch targets. What is not a regular file (a
 * named pipe, /dev/zero, a socket) is refused before it is opened, so nothing waits on it; what is
 * larger than its kind allows is refused before it fills the memory; the text must be UTF-8.
 * Every failure is a {@link RapportException} whose message is one line naming the file.
 */
public final class InputFiles {
    private static final int UNIX_TYPE_MASK = 0170000;

    /** What a path is, found without opening it. */
    public enum Type { FILE, FOLDER, MISSING, SPECIAL }

    private InputFiles() {
    }

    /** A path from a command-line string, or a one-line error for a name the file system refuses. */
    public static Path path(String spec) {
        try {
            return Path.of(spec);
        } catch (InvalidPathException e) {
            throw new RapportException(Texts.get("bad-path", spec));
        }
    }

    public static Type type(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.isRegularFile() ? Type.FILE : a.isDirectory() ? Type.FOLDER : Type.SPECIAL;
        } catch (IOException | SecurityException e) {
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Type.SPECIAL : Type.MISSING;
        }
    }

    /**
     * Refuses, without opening it, anything that is not a regular file within {@code kind}'s size
     * limit; {@code label} names it in the message.
     */
    public static void requireFile(Path path, InputKind kind, String label) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RapportException(Texts.get("missing", label));
        } catch (IOException e) {
            throw new RapportException(Texts.get("unreadable", label, IoReasons.of(e)));
        }
        if (a.isDirectory()) {
            throw new RapportException(Texts.get("folder", label));
        }
        if (!a.isRegularFile()) {
            throw new RapportException(Texts.get("not-file", label, special(path)));
        }
        if (a.size() > kind.maxBytes()) {
            throw tooLarge(label, kind);
        }
    }

    public static byte[] readBytes(Path path, InputKind kind) {
        return readBytes(path, kind, path.toString());
    }

    public static byte[] readBytes(Path path, InputKind kind, String label) {
        requireFile(path, kind, label);
        try (InputStream in = Files.newInputStream(path)) {
            return readStream(in, kind, label);
        } catch (NoSuchFileException e) {
            throw new RapportException(Texts.get("missing", label));
        } catch (IOException e) {
            throw new RapportException(Texts.get("unreadable", label, IoReasons.of(e)));
        }
    }

    /** The file as UTF-8 text (a byte-order mark dropped); binary data, UTF-16 and bad bytes refused. */
    public static String readText(Path path, InputKind kind) {
        return Utf8.decode(readBytes(path, kind), path.toString());
    }

    /** Reads at most the kind's limit from a stream (stdin, an archive entry); one byte more is an error. */
    public static byte[] readStream(InputStream in, InputKind kind, String label) throws IOException {
        return new LimitedInput(in, kind.maxBytes(), () -> tooLarge(label, kind)).readAll();
    }

    /**
     * A reader over a regular file for row-by-row parsing (CSV, JSON lines): bounded by the kind's
     * limit as it streams, strict about UTF-8, with a leading byte-order mark skipped.
     */
    public static Reader openText(Path path, InputKind kind) {
        requireFile(path, kind, path.toString());
        try {
            InputStream in = new LimitedInput(Files.newInputStream(path), kind.maxBytes(),
                    () -> tooLarge(path.toString(), kind));
            Reader reader = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (NoSuchFileException e) {
            throw new RapportException(Texts.get("missing", path));
        } catch (IOException e) {
            throw new RapportException(Texts.get("unreadable", path, IoReasons.of(e)));
        }
    }

    /**
     * Refuses a file with nothing in it but white space ("FILE: the file is empty"), which a parser would
     * otherwise report in its own words. Reads only up to the first other character.
     */
    public static void requireContent(Path path, InputKind kind) {
        try (Reader reader = openText(path, kind)) {
            for (int c = reader.read(); c != -1; c = reader.read()) {
                if (!Character.isWhitespace(c)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw unreadable(path.toString(), e);
        }
        throw new RapportException(Texts.get("empty", path));
    }

    /** "stdin: cannot be read (the stream is closed)": the one wording for a failed read. */
    public static RapportException unreadable(String label, IOException e) {
        return new RapportException(Texts.get("unreadable", label, IoReasons.of(e)));
    }

    public static RapportException tooLarge(String label, InputKind kind) {
        return new RapportException(Texts.get("too-large", label, kind.noun(), kind.limit()));
    }

    /** "a named pipe", "a device": what a special file is, from its Unix mode where the platform tells it. */
    private static String special(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & UNIX_TYPE_MASK) {
                case 0010000 -> Texts.get("kind.fifo");
                case 0020000 -> Texts.get("kind.char-device");
                case 0060000 -> Texts.get("kind.block-device");
                case 0140000 -> Texts.get("kind.socket");
                default -> Texts.get("kind.other");
            };
        } catch (IOException | RuntimeException e) {
            return Texts.get("kind.other");
        }
    }
}

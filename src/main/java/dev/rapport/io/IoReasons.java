package dev.rapport.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * The one translation of an I/O failure into plain words ("permission denied", "not a zip file",
 * "no space left on the device"), so that no message ever names a Java class.
 */
public final class IoReasons {
    private IoReasons() {
    }

    public static String of(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return Texts.get("reason.missing");
        }
        if (e instanceof AccessDeniedException) {
            return Texts.get("reason.denied");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return Texts.get("reason.in-the-way");
        }
        if (e instanceof NotDirectoryException) {
            return Texts.get("reason.not-folder");
        }
        if (e instanceof CharacterCodingException) {
            return Texts.get("reason.not-utf8");
        }
        if (e instanceof ZipException) {
            return Texts.get("reason.not-zip");
        }
        if (e instanceof EOFException) {
            return Texts.get("reason.truncated");
        }
        if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
            return Texts.get("reason.interrupted");
        }
        String message = e.getMessage();
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason();
        }
        if (message == null || message.isBlank()) {
            return Texts.get("reason.unknown");
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return Texts.get("reason.full");
        }
        if (lower.contains("permission denied") || lower.contains("read-only file system")) {
            return lower.contains("read-only") ? Texts.get("reason.read-only") : Texts.get("reason.denied");
        }
        if (lower.contains("not a directory")) {
            return Texts.get("reason.not-folder");
        }
        if (lower.contains("is a directory")) {
            return Texts.get("reason.folder");
        }
        if (lower.contains("bad file descriptor") || lower.contains("stream closed")) {
            return Texts.get("reason.closed");
        }
        return plain(message);
    }

    /**
     * What a parser (Jackson's JSON, CSV or YAML) found wrong, in its own words without class names,
     * with " at line N" when it knows the line.
     */
    public static String parse(Throwable e) {
        Throwable t = e;
        while (!(t instanceof com.fasterxml.jackson.core.JacksonException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof com.fasterxml.jackson.core.JacksonException j) {
            String what = j.getOriginalMessage() == null ? Texts.get("reason.malformed") : plain(j.getOriginalMessage());
            com.fasterxml.jackson.core.JsonLocation at = j.getLocation();
            return at != null && at.getLineNr() > 0 ? Texts.get("at-line", what, String.valueOf(at.getLineNr())) : what;
        }
        if (t instanceof IOException io) {
            return of(io);
        }
        return t.getMessage() == null ? Texts.get("reason.malformed") : plain(t.getMessage());
    }

    /** The first line of a message, with anything that looks like a Java class name taken out. */
    static String plain(String message) {
        String first = message.lines().findFirst().orElse("").strip();
        String cleaned = first.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "").replaceAll("\\s+", " ")
                .replaceAll("^[\\s:()]+|[\\s:(]+$", "").strip();
        return cleaned.isEmpty() || cleaned.matches(".*\\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(Exception|Error)\\b.*")
                ? Texts.get("reason.unknown") : cleaned;
    }
}

package dev.rapport.repl;

import dev.rapport.RapportException;
import dev.rapport.io.InputFiles;
import dev.rapport.io.InputKind;
import dev.rapport.io.IoReasons;
import dev.rapport.io.Utf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Vets the REPL's history file before JLine reads it. A file JLine cannot read (a bad UTF-8 byte
 * left by a kill during a write, binary data, a huge or special file) would end every session
 * before it starts; instead it is renamed aside, the user is told in one line where it went, and
 * a new history begins. Nothing in it is deleted.
 */
final class HistoryFile {
    private HistoryFile() {
    }

    /** The file to give JLine, or empty for a session without a history file. */
    static Optional<Path> vetted(Path file, Consumer<String> notice) {
        switch (InputFiles.type(file)) {
            case MISSING -> {
                return Optional.of(file);
            }
            case FILE -> { }
            default -> {
                notice.accept(ReplMessages.get("history.not-a-file", file));
                return Optional.empty();
            }
        }
        String problem;
        try {
            byte[] bytes = InputFiles.readBytes(file, InputKind.HISTORY);
            int bad = Utf8.firstBadByte(bytes);
            if (bad < 0 && !Utf8.isBinary(bytes)) {
                return Optional.of(file);
            }
            problem = bad >= 0 ? ReplMessages.get("history.not-utf8", bad) : ReplMessages.get("history.binary");
        } catch (RapportException e) {
            problem = e.getMessage();
        }
        Path aside = aside(file);
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            notice.accept(ReplMessages.get("history.unmovable", file, problem, IoReasons.of(e)));
            return Optional.empty();
        }
        notice.accept(ReplMessages.get("history.moved", file, problem, aside));
        return Optional.of(file);
    }

    private static Path aside(Path file) {
        String name = file.getFileName().toString();
        Path candidate = file.resolveSibling(name + ".unreadable");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(name + ".unreadable-" + n);
        }
        return candidate;
    }
}

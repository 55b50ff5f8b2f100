package dev.rapport.batch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The shapes a batch can be written in, chosen by --format or by the output file's extension. */
public enum OutputFormat {
    CSV("csv"), JSONL("jsonl"), MARKDOWN("md");

    private final String id;

    OutputFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<OutputFormat> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "csv" -> Optional.of(CSV);
            case "jsonl", "ndjson", "json" -> Optional.of(JSONL);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    public static Optional<OutputFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : parse(name.substring(dot + 1));
    }
}

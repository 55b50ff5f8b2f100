package dev.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example pairs in examples/pairs: each folder holds me.*, them.* and pair.yaml (why, expect, limit). */
record ExamplePairs(String name, Path me, Path them, String why, String expect, int limit) {
    static final Path ROOT = Path.of("examples", "pairs");

    static List<ExamplePairs> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(ExamplePairs::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExamplePairs load(Path dir) {
        try {
            JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("pair.yaml").toFile());
            return new ExamplePairs(dir.getFileName().toString(), find(dir, "me"), find(dir, "them"),
                    yaml.path("why").asText(), yaml.path("expect").asText(), yaml.path("limit").asInt(300));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find(Path dir, String stem) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(stem)
                            || p.getFileName().toString().startsWith(stem + "."))
                    .findFirst().orElseThrow(() -> new IOException("no " + stem + ".* in " + dir));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

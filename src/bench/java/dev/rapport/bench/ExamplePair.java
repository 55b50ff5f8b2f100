package dev.rapport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One example pair from examples/pairs, read once before a benchmark: both profiles and the reason. */
record ExamplePair(Profile me, Profile them, String why) {

    static ExamplePair load(String name) throws IOException {
        Path dir = Path.of("examples", "pairs", name);
        String why = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("pair.yaml").toFile()).path("why").asText();
        return new ExamplePair(ProfileReaders.read(find(dir, "me")), ProfileReaders.read(find(dir, "them")), why);
    }

    private static Path find(Path dir, String stem) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(stem)
                    || p.getFileName().toString().startsWith(stem + ".")).findFirst().orElseThrow();
        }
    }
}

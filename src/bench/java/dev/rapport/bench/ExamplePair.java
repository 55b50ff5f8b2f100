package dev.rapport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One example pair from examples/pairs, read once before a benchmark: both profiles and the reason. */
record ExamplePair(Profile me, Profile them, String why, Path themFile) {

    static ExamplePair load(String name) throws IOException {
        Path dir = Path.of("examples", "pairs", name);
        String why = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("pair.yaml").toFile()).path("why").asText();
        Path them = find(dir, "them");
        return new ExamplePair(ProfileReaders.read(find(dir, "me")), ProfileReaders.read(them), why, them);
    }

    /** {@code count} copies of the target's profile, each with one closing line of its own, read as a user's file is. */
    List<Profile> targetVariants(int count) throws IOException {
        String text = Files.readString(themFile);
        String name = themFile.getFileName().toString();
        Path dir = Files.createTempDirectory("rapport-bench");
        dir.toFile().deleteOnExit(); // registered first, so deleted last, once its files are gone
        List<Profile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path copy = dir.resolve("them-" + i + name.substring(name.indexOf('.') < 0 ? name.length() : name.indexOf('.')));
            Files.writeString(copy, text + "\n\nNote " + Integer.toString(i * 7919 + 13, 36) + ".\n");
            copy.toFile().deleteOnExit();
            out.add(ProfileReaders.read(copy));
        }
        return out;
    }

    private static Path find(Path dir, String stem) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(stem)
                    || p.getFileName().toString().startsWith(stem + ".")).findFirst().orElseThrow();
        }
    }
}

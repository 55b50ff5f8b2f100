package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.RapportException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build writes every built-in YAML resource as JSON too (src/build/YamlToJson.java), and rapport reads the
 * JSON: each twin must hold exactly what its YAML says, or rapport would run on other data than the files show.
 */
class BuiltInTest {
    @Test
    void everyBuiltInYamlHasAJsonTwinWithTheSameContent() throws Exception {
        List<Path> yamls = mainResources();
        assertThat(yamls).as("the built-in YAML resources").hasSizeGreaterThanOrEqualTo(13);
        ObjectMapper json = new ObjectMapper();
        for (Path yaml : yamls) {
            Path twin = yaml.resolveSibling(yaml.getFileName().toString().replace(".yaml", ".json"));
            assertThat(twin).as("the build's JSON twin of " + yaml).isRegularFile();
            JsonNode fromYaml = YamlReader.MAPPER.readTree(yaml.toFile());
            JsonNode fromJson = json.readTree(twin.toFile());
            assertThat(fromJson).as(twin.toString()).isEqualTo(fromYaml);
        }
    }

    @Test
    void numbersKeepTheirWrittenForm() throws Exception {
        Path rules = mainResources().stream().filter(p -> p.endsWith("etiquette/rules.yaml")).findFirst().orElseThrow();
        String json = Files.readString(rules.resolveSibling("rules.json"));
        assertThat(json).contains("\"note-limit\":300");
    }

    record Note(String note, String to, String from, String why, Integer limit, String verdict, List<String> rules) {
    }

    record Notes(List<Note> notes) {
    }

    @Test
    void aResourceWithoutTwinIsReadFromItsYaml() {
        // a test resource: the build step converts only the program's own resources
        assertThat(BuiltIn.class.getResource("/dev/rapport/app/critique-notes.json")).isNull();
        Notes notes = BuiltIn.read("/dev/rapport/app/critique-notes.yaml", Notes.class);
        assertThat(notes.notes()).isNotEmpty();
    }

    @Test
    void aMissingOrBrokenResourceIsOneLineNamingIt() {
        assertThatThrownBy(() -> BuiltIn.read("/dev/rapport/text/absent.yaml", Notes.class))
                .isInstanceOf(RapportException.class).hasMessageContaining("absent.yaml").hasMessageContaining("missing");
        assertThatThrownBy(() -> BuiltIn.read("/dev/rapport/etiquette/broken-rules.yaml", Notes.class))
                .isInstanceOf(RapportException.class).hasMessageContaining("broken-rules.yaml")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** The program's own YAML resources, found from where the compiled classes are. */
    private static List<Path> mainResources() throws URISyntaxException, java.io.IOException {
        Path classes = Path.of(BuiltIn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("dev/rapport"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
    }
}

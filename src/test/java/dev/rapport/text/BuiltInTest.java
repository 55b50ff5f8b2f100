package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.RapportException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build writes every built-in YAML resource as JSON too (src/build/YamlToJson.java), and rapport reads the
 * JSON: each twin must hold exactly what its YAML says, or rapport would run on other data than the files show.
 */
class BuiltInTest {
    /**
     * Token by token, each twin says what its YAML says: the same keys, strings and numbers as written; only a
     * YAML 1.1 word the YAML parser takes for a boolean ("no", "on") is kept as the word.
     */
    @Test
    void everyBuiltInYamlHasAJsonTwinWithTheSameTokens() throws Exception {
        List<Path> yamls = mainResources();
        assertThat(yamls).as("the built-in YAML resources").hasSizeGreaterThanOrEqualTo(13);
        JsonFactory json = new JsonFactory();
        for (Path yaml : yamls) {
            Path twin = yaml.resolveSibling(yaml.getFileName().toString().replace(".yaml", ".json"));
            assertThat(twin).as("the build's JSON twin of " + yaml).isRegularFile();
            int tokens = 0;
            try (JsonParser y = YamlReader.MAPPER.getFactory().createParser(yaml.toFile());
                 JsonParser j = json.createParser(twin.toFile())) {
                for (JsonToken t = y.nextToken(); t != null; t = y.nextToken(), tokens++) {
                    JsonToken u = j.nextToken();
                    String at = twin + " token " + tokens;
                    boolean word = (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)
                            && !y.getText().equals("true") && !y.getText().equals("false");
                    assertThat(u).as(at).isEqualTo(word ? JsonToken.VALUE_STRING : t);
                    assertThat(j.getText()).as(at).isEqualTo(y.getText());
                }
                assertThat(j.nextToken()).as(twin + " ends with its YAML").isNull();
            }
            assertThat(tokens).as(yaml.toString()).isGreaterThan(2);
        }
    }

    /** In YAML 1.1 "no" and "on" may be read as booleans; in a list of words they stay words, in the twin too. */
    @Test
    void yamlWordsStayWordsAndBooleansStayBooleans() throws Exception {
        Path suggestions = mainResources().stream().filter(p -> p.endsWith("draft/suggestions.yaml")).findFirst().orElseThrow();
        String json = Files.readString(suggestions.resolveSibling("suggestions.json"));
        assertThat(json).contains("\"no\"", "\"on\"").doesNotContain(",false,", ",true,");
        Path phrases = suggestions.resolveSibling("phrases.json");
        assertThat(Files.readString(phrases)).contains("\"relationshipOnly\":true");
    }

    /** Each built-in resource and the record it is read into (a new resource must be added here). */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("app/quiz.yaml", "dev.rapport.app.Quiz$Bank"),
            Map.entry("draft/phrases.yaml", "dev.rapport.draft.Phrasebook"),
            Map.entry("draft/style-words.yaml", "dev.rapport.draft.StyleWords$File"),
            Map.entry("draft/suggestions.yaml", "dev.rapport.draft.SuggestionBook"),
            Map.entry("etiquette/injection.yaml", "dev.rapport.etiquette.InjectionScreen$Rules"),
            Map.entry("etiquette/messages.yaml", "dev.rapport.etiquette.Messages$File"),
            Map.entry("etiquette/rules.yaml", "dev.rapport.etiquette.RuleFile"),
            Map.entry("ground/names.yaml", "dev.rapport.ground.OrganisationNames$Rules"),
            Map.entry("ground/text.yaml", "dev.rapport.ground.ProfileText$Words"),
            Map.entry("profile/page-text.yaml", "dev.rapport.profile.Phrases$PageText"),
            Map.entry("profile/phrases.yaml", "dev.rapport.profile.Phrases$Wishes"),
            Map.entry("purpose/contact.yaml", "dev.rapport.purpose.ContactStatements$ContactFile"),
            Map.entry("purpose/intents.yaml", "dev.rapport.purpose.IntentCatalogue$CatalogueFile"),
            Map.entry("semantic/semantic.yaml", "dev.rapport.semantic.SemanticParams"));

    /**
     * The loader binds with its own small binder instead of Jackson's data binding: for every built-in resource
     * the result must equal what Jackson's data binding makes of the same JSON (records compare their lists,
     * sets and maps deeply).
     */
    @Test
    void theLoaderBindsEveryResourceAsJacksonWould() throws Exception {
        List<String> found = mainResources().stream()
                .map(p -> p.toString().replace('\\', '/').replaceFirst(".*/dev/rapport/", "")).toList();
        assertThat(TYPES.keySet()).as("every built-in YAML resource has its type listed here")
                .containsExactlyInAnyOrderElementsOf(found);
        for (Map.Entry<String, String> e : TYPES.entrySet()) {
            String path = "/dev/rapport/" + e.getKey();
            Class<?> type = Class.forName(e.getValue());
            Object jackson;
            try (InputStream in = BuiltIn.class.getResourceAsStream(path.replace(".yaml", ".json"))) {
                jackson = new ObjectMapper().readValue(in, type);
            }
            assertThat(BuiltIn.read(path, type)).as(path).isEqualTo(jackson);
        }
    }

    record Sample(String name, @JsonProperty("the-count") int count, Double share, Set<String> tags,
                  Map<String, List<Integer>> table, Map<String, Object> free, List<Kind> kinds, Boolean on) {
    }

    enum Kind { ONE, TWO }

    @Test
    void theBinderFollowsJacksonsDefaults() throws Exception {
        String yaml = "name: 12\nthe-count: 3\nshare: 2\ntags: [a, b, a]\ntable: {x: [1, 2]}\n"
                + "free: {n: 1, f: 0.5, l: [a, {b: true}], z: null}\nkinds: [TWO]\n";
        Sample expected = YamlReader.MAPPER.readValue(yaml, Sample.class);
        Sample bound;
        try (var parser = YamlReader.MAPPER.getFactory().createParser(yaml)) {
            bound = (Sample) RecordBinder.bind(RecordBinder.read(parser), Sample.class, "");
        }
        assertThat(bound).isEqualTo(expected);
        assertThat(bound.name()).isEqualTo("12");
        assertThat(bound.on()).isNull();
        assertThat(bound.free().get("l")).isEqualTo(List.of("a", Map.of("b", true)));
    }

    @Test
    void anUnknownKeyOrAWrongTypeNamesThePlace() throws Exception {
        for (String[] bad : new String[][] {{"nmae: x", "nmae: unknown key"}, {"kinds: [THREE]", "kinds[0]"},
                {"table: {x: [a]}", "table.x[0]: expected a number"}, {"tags: x", "tags: expected a list"}}) {
            try (var parser = YamlReader.MAPPER.getFactory().createParser(bad[0])) {
                Object tree = RecordBinder.read(parser);
                assertThatThrownBy(() -> RecordBinder.bind(tree, Sample.class, "")).hasMessageContaining(bad[1]);
            }
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

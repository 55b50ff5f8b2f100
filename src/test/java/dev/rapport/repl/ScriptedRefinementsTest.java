package dev.rapport.repl;

import static dev.rapport.repl.Fixtures.ADVISOR;
import static dev.rapport.repl.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.etiquette.Decision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Offline refinements in a scripted session over every example pair: each request either changes
 * the note (and the note shown is different) or says it could not; never "Redrafted" with the same
 * notes, never "needs an LLM engine".
 */
class ScriptedRefinementsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> REQUESTS = List.of(
            "mention that we talked about freezer temperature logging", "mention that I'm also in Austin", "longer",
            "don't mention the conference", "mention the panel", "remove \"It has been a few years\"",
            "make it sound less like a template", "it was last month, not years ago", "I'm the candidate, not the one hiring",
            "what would make this OK?", "shorter");

    @TempDir
    Path dir;

    static java.util.stream.Stream<String> pairs() throws IOException {
        return ExamplePairsTest.pairs();
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void everyRequestChangesTheNoteOrSaysItCouldNot(String pair) throws IOException {
        JsonNode spec = YAML.readTree(Fixtures.pair(pair).resolve("pair.yaml").toFile());
        List<String> lines = new ArrayList<>(List.of("/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/limit " + spec.path("limit").asInt(300), "/why " + spec.get("why").asText()));
        lines.addAll(REQUESTS);
        StringWriter out = new StringWriter();
        StreamIO io = new StreamIO(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out));
        Conversation c = new Conversation(io, () -> ADVISOR, Fixtures.env(dir));
        assertThat(c.run()).isZero();
        String said = out.toString();
        assertThat(said).doesNotContain("Free-form chat needs an LLM engine").doesNotContain("Redrafted:");
        if (c.session().assessment().verdict().decision() == Decision.CONNECT && !c.session().assessment().notes().isEmpty()) {
            long answered = said.lines().filter(l -> l.startsWith("Changed: ") || l.startsWith("Unchanged: ")
                    || l.startsWith("It passes every rule") || l.matches("^[a-z-]+: .*")).count();
            assertThat(answered).as(said).isGreaterThanOrEqualTo(REQUESTS.size());
            assertThat(said).contains("Changed: ");
        }
    }
}

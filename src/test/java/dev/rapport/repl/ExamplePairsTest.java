package dev.rapport.repl;

import static dev.rapport.repl.Fixtures.ADVISOR;
import static dev.rapport.repl.Fixtures.PAIRS;
import static dev.rapport.repl.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.Assessment;
import dev.rapport.app.DraftOptions;
import dev.rapport.draft.Note;
import dev.rapport.draft.Style;
import dev.rapport.profile.ProfileReaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scripted REPL session over every example pair gives exactly what the advisor gives directly
 * (whether that matches the pair's expectation is the core's own test).
 */
class ExamplePairsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    static Stream<String> pairs() throws IOException {
        try (Stream<Path> s = Files.list(PAIRS)) {
            return s.filter(p -> Files.exists(p.resolve("pair.yaml"))).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void sessionMatchesTheAdvisor(String pair) throws IOException {
        JsonNode spec = YAML.readTree(Fixtures.pair(pair).resolve("pair.yaml").toFile());
        String why = spec.get("why").asText();
        int limit = spec.path("limit").asInt(300);

        // driven exactly as a script piped into ./rapport would be
        String script = String.join("\n", "/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/limit " + limit, "/why " + why, "/save session.md") + "\n";
        StringWriter out = new StringWriter();
        StreamIO io = new StreamIO(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out));
        Conversation c = new Conversation(io, () -> ADVISOR, Fixtures.env(dir));
        assertThat(c.run()).isZero();

        Assessment direct = ADVISOR.draft(ProfileReaders.read(profile(pair, "me")), ProfileReaders.read(profile(pair, "them")),
                why, new DraftOptions(limit, DraftOptions.DEFAULT.variants(), Style.DEFAULT));
        Assessment repl = c.session().assessment();

        assertThat(repl.verdict()).isEqualTo(direct.verdict());
        assertThat(repl.notes()).isEqualTo(direct.notes());
        for (Note n : repl.notes()) {
            assertThat(ADVISOR.noteRules().passes(n.text(), ADVISOR.contextFor(repl, limit))).as(n.text()).isTrue();
            assertThat(n.chars()).isLessThanOrEqualTo(limit);
        }
        String decision = direct.verdict().decision().id();
        assertThat(out.toString()).contains("Verdict: " + decision).doesNotContain("rapport: ");
        assertThat(Files.readString(dir.resolve("session.md"))).contains("## Verdict: " + decision);
    }
}

package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.ground.GroundFinder;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The acceptance: every example pair gets the verdict the README states, and every drafted note passes every rule. */
class ExamplePairsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<ExamplePairs> pairs() {
        return ExamplePairs.all();
    }

    @Test
    void thereAreAtLeastEightPairsCoveringEveryVerdict() {
        assertThat(pairs()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pairs()).extracting(ExamplePairs::expect)
                .contains("connect", "follow-first", "do-not-connect");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void checkGivesTheExpectedVerdict(ExamplePairs pair) throws Exception {
        CliRun run = CliRun.run("check", "--json", "--me", pair.me().toString(), "--them", pair.them().toString(),
                "--why", pair.why());
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
        JsonNode report = JSON.readTree(run.out);
        assertThat(report.path("verdict").asText()).as(pair.name()).isEqualTo(pair.expect());
        assertThat(report.path("reasons")).isNotEmpty();
        assertThat(report.path("notes")).isEmpty();
    }

    @Test
    void draftTakesTheSameProfileOptionsAsCritique() {
        // a hand session typed "draft --to …" after "critique --to …" and was refused as an unknown option
        ExamplePairs pair = pairs().get(0);
        CliRun them = CliRun.run("check", "--me", pair.me().toString(), "--them", pair.them().toString(), "--why", pair.why());
        CliRun to = CliRun.run("check", "--from", pair.me().toString(), "--to", pair.them().toString(), "--why", pair.why());
        assertThat(to.exit).isEqualTo(them.exit).isZero();
        assertThat(to.out).isEqualTo(them.out);
    }

    @Test
    void checkWithoutAReasonSaysSoOnStderr() {
        // a hand session: `check` without --why gave follow-first and never said the reason was missing
        ExamplePairs pair = pairs().get(0);
        CliRun run = CliRun.run("check", "--me", pair.me().toString(), "--them", pair.them().toString());
        assertThat(run.exit).isZero();
        assertThat(run.err.strip()).isEqualTo("rapport: " + dev.rapport.app.Messages.get("cli.no-why"));
        assertThat(run.out).contains("Verdict:");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void draftedNotesPassEveryNoteRuleAndTheLimit(ExamplePairs pair) throws Exception {
        for (int limit : new int[] {300, 200}) {
            CliRun run = CliRun.run("draft", "--json", "--limit", Integer.toString(limit),
                    "--me", pair.me().toString(), "--them", pair.them().toString(), "--why", pair.why());
            assertThat(run.exit).as(run.err).isZero();
            JsonNode report = JSON.readTree(run.out);
            JsonNode notes = report.path("notes");
            if (!"connect".equals(pair.expect())) {
                assertThat(notes).as("no invitation unless connect").isEmpty();
                assertThat(report.path("suggestions")).as("says what to do instead").isNotEmpty();
                continue;
            }
            assertThat(notes).as(pair.name() + " at " + limit).isNotEmpty();
            NoteContext context = contextFor(pair, limit);
            NoteRules rules = new NoteRules(RuleSet.builtIn());
            String firstName = context.them().firstName();
            for (JsonNode note : notes) {
                String text = note.path("text").asText();
                assertThat(note.path("chars").asInt()).isEqualTo(text.codePointCount(0, text.length()))
                        .isLessThanOrEqualTo(limit);
                assertThat(rules.check(text, context)).as(text).isEmpty();
                assertThat(text).contains(firstName);
            }
        }
    }

    @Test
    void theReadmeStatesEachPairsVerdict() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (ExamplePairs pair : pairs()) {
            Matcher row = Pattern.compile("\\|\\s*`?" + Pattern.quote(pair.name()) + "`?\\s*\\|[^\\n]*?\\|\\s*`?([a-z-]+)`?\\s*\\|")
                    .matcher(readme);
            assertThat(row.find()).as("README lists " + pair.name()).isTrue();
            assertThat(row.group(1)).as(pair.name()).isEqualTo(pair.expect());
        }
    }

    private static NoteContext contextFor(ExamplePairs pair, int limit) {
        Profile me = ProfileReaders.read(pair.me());
        Profile them = ProfileReaders.read(pair.them());
        Purpose purpose = PurposeReader.read(pair.why());
        return new NoteContext(me, them, purpose, new GroundFinder(CliRun.TODAY).find(me, them, purpose), limit);
    }
}

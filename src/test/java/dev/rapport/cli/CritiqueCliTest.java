package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CritiqueCliTest {
    private static final String PITCH = "Hi Priya, our platform cuts chargebacks. Ask me about a free trial!";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exit).as(run.err).isZero();
        return JSON.readTree(run.out);
    }

    @Test
    void aStockLineThatIsTheWholeNoteIsNotKeptInTheCorrectedNote() {
        // a fresh-clone hand session: "[say how you know them] I'd like to join your LinkedIn network."
        CliRun run = CliRun.run("critique", "I'd like to join your LinkedIn network.");
        assertThat(run.out).contains("no-reason").contains("Corrected note")
                .doesNotContain("[say how you know them] I'd like to join");
    }

    @Test
    void plainOutputMarksEachSpanWithCaretsAndNumbers() {
        CliRun run = CliRun.run("critique", PITCH);
        assertThat(run.exit).isZero();
        String[] lines = run.out.split("\n");
        assertThat(lines[0]).matches("Score \\d/100 · do-not-send");
        int note = java.util.Arrays.asList(lines).indexOf("  " + PITCH);
        assertThat(note).isPositive();
        String carets = lines[note + 1];
        String labels = lines[note + 2];
        int first = PITCH.indexOf("our platform");
        assertThat(carets.substring(2 + first, 2 + first + "our platform".length())).matches("\\^+");
        assertThat(labels.charAt(2 + first)).isEqualTo('1');
        assertThat(labels.charAt(2 + PITCH.indexOf("free trial"))).isEqualTo('2');
        assertThat(run.out).contains("1. error pitch (10–22)").contains("Fix: ").doesNotContain("\u001B[");
    }

    @Test
    void colourUnderlinesSpansWhenAPersonIsAtATerminal() {
        java.io.StringWriter out = new java.io.StringWriter();
        Context ctx = new Context(java.io.InputStream.nullInputStream(), new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(new java.io.StringWriter(), true), Map.of("TERM", "xterm"), true, () -> CliRun.TODAY.atDay(1));
        assertThat(new Main(ctx).run("critique", PITCH)).isZero();
        assertThat(out.toString()).contains("\u001B[4;31mour platform\u001B[0m").doesNotContain("^^^");
    }

    @Test
    void jsonHasTheAgreedShape() throws Exception {
        JsonNode j = json(CliRun.run("critique", "--json", PITCH));
        assertThat(j.path("score").asInt()).isBetween(0, 30);
        assertThat(j.path("verdict").asText()).isEqualTo("do-not-send");
        JsonNode f = j.path("findings").get(0);
        assertThat(f.path("rule").asText()).isEqualTo("pitch");
        assertThat(PITCH.substring(f.path("start").asInt(), f.path("end").asInt())).isEqualTo("our platform");
        assertThat(f.path("message").asText()).isNotBlank();
        assertThat(f.path("fix").asText()).isNotBlank();
        assertThat(j.path("rewrite").asText()).contains("[say how you know them]").doesNotContain("our platform");
    }

    @Test
    void theNoteCanComeFromStdinOrAFile() throws Exception {
        assertThat(json(CliRun.withInput("Hi Tom, let's connect!\n", Map.of(), "critique", "--json", "-"))
                .path("verdict").asText()).isEqualTo("revise");
        Path note = Files.writeString(dir.resolve("note.txt"), "Hi Tom, let's connect!");
        assertThat(json(CliRun.run("critique", "--json", "--file", note.toString())).path("verdict").asText())
                .isEqualTo("revise");
        CliRun none = CliRun.run("critique");
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err).contains("TEXT").contains("--file");
        // hand session: an empty note answered with a score and empty findings
        CliRun empty = CliRun.run("critique", "  ");
        assertThat(empty.exit).isEqualTo(1);
        assertThat(empty.err.strip()).isEqualTo("rapport: " + dev.rapport.app.Messages.get("critique.empty")).doesNotContain("Exception");
        assertThat(empty.out).isEmpty();
        // a second hand session: an empty --file was not named in the error
        Path blank = Files.writeString(dir.resolve("blank.txt"), "");
        CliRun emptyFile = CliRun.run("critique", "--file", blank.toString());
        assertThat(emptyFile.exit).isEqualTo(1);
        assertThat(emptyFile.err.strip()).isEqualTo("rapport: " + blank + ": the note is empty");
    }

    @Test
    void theRecipientMakesRecipientAwareRulesAndADraftedRewrite() throws Exception {
        ExamplePairs pair = ExamplePairs.all().get(0);
        JsonNode j = json(CliRun.run("critique", "--json", "--to", pair.them().toString(), "--from", pair.me().toString(),
                "Hi Maria, I'd like to add you to my professional network."));
        assertThat(j.path("findings").findValuesAsText("rule")).contains("wrong-name");
        assertThat(j.path("rewriteKind").asText()).isEqualTo("drafted");
        assertThat(j.path("rewrite").asText()).startsWith("Hi Priya");
    }

    @Test
    void critiqueTakesTheProfilesUnderTheNamesCheckAndDraftUse() throws Exception {
        ExamplePairs pair = ExamplePairs.all().get(0);
        JsonNode j = json(CliRun.run("critique", "--json", "--them", pair.them().toString(), "--me", pair.me().toString(),
                "Hi Maria, I'd like to add you to my professional network."));
        assertThat(j.path("findings").findValuesAsText("rule")).contains("wrong-name");
    }

    @Test
    void theLimitOptionChangesTheVerdict() throws Exception {
        String note = "Hi Priya, we sat on the Stripewell risk team together from 2016 to 2021 and built the dispute tooling. "
                + "I now lead a small fraud group in Lisbon and often think of your chargeback models. Would be good to be connected again.";
        assertThat(json(CliRun.run("critique", "--json", note)).path("verdict").asText()).isEqualTo("send");
        assertThat(json(CliRun.run("critique", "--json", "--limit", "200", note)).path("findings").findValuesAsText("rule"))
                .containsExactly("over-length");
    }

    // ------------------------------------------------------------------ rules

    @Test
    void rulesListsEveryRuleAndExplainsOne() {
        CliRun list = CliRun.run("rules");
        assertThat(list.exit).isZero();
        assertThat(list.out).contains("no-reason").contains("over-length").contains("target-policy")
                .containsPattern("pitch\\s+note\\s+error\\s+Selling in the invitation");
        CliRun one = CliRun.run("rules", "lead-gen");
        assertThat(one.exit).isZero();
        assertThat(one.out).contains("Fishing for a sales lead").contains("Why:").contains("Good:").contains("Bad:")
                .contains("patterns: 6 patterns, which match").doesNotContain("\\b");
    }

    @Test
    void anUnknownRuleNamesTheClosestOne() {
        CliRun run = CliRun.run("rules", "meeting-asks");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.strip()).isEqualTo("rapport: no rule 'meeting-asks'; the closest is 'meeting-ask'. Run 'rapport rules' for the list.");
    }

    @Test
    void rulesHonoursARulesFileAndMarksDisabledRules() throws Exception {
        Path file = Files.writeString(dir.resolve("r.yaml"), "rules:\n  - id: flattery\n    enabled: false\n");
        CliRun run = CliRun.run("rules", "--rules", file.toString());
        assertThat(run.out.lines().filter(l -> l.contains("flattery"))).singleElement().asString().endsWith("(disabled)");
    }

    @Test
    void aBadRulesFileIsOneLineWithLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  - id: pitch\n    severity: loud\n");
        CliRun run = CliRun.run("critique", "--rules", file.toString(), PITCH);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err.strip()).startsWith("rapport: " + file + ", line 3, column 15: rule 'pitch': severity 'loud'")
                .doesNotContain("\n");
        CliRun missing = CliRun.run("check", "--rules", dir.resolve("none.yaml").toString(), "--me", "a", "--them", "b");
        assertThat(missing.exit).isEqualTo(1);
        assertThat(missing.err).contains("none.yaml");
    }

    // ------------------------------------------------------------------ the example rule files

    @Test
    void theSalesTeamFileDoesWhatItsCommentsSay() throws Exception {
        String strict = "examples/rules/sales-team-strict.yaml";
        String ask = "Hi Priya, your chargeback post was great. Could we hop on a quick call next week?";
        // 2. meeting-ask becomes an error
        assertThat(json(CliRun.run("critique", "--json", ask)).path("verdict").asText()).isEqualTo("revise");
        JsonNode strictAsk = json(CliRun.run("critique", "--json", "--rules", strict, ask));
        assertThat(strictAsk.path("verdict").asText()).isEqualTo("do-not-send");
        assertThat(strictAsk.path("findings").get(0).path("severity").asText()).isEqualTo("error");
        // 1. the limit is 200
        String medium = "Hi Priya, we sat on the Stripewell risk team together from 2016 to 2021 and built the dispute tooling. "
                + "I now lead a small fraud group in Lisbon and think of your chargeback models often. Good to be connected again.";
        assertThat(json(CliRun.run("critique", "--json", medium)).path("findings")).isEmpty();
        assertThat(json(CliRun.run("critique", "--json", "--rules", strict, medium)).path("findings").findValuesAsText("rule"))
                .containsExactly("over-length");
        // 3. extra pitch phrases, 4. the new quick-question rule
        String sales = "Hi Priya, quick question: can we touch base on your fraud tooling at Stripewell?";
        assertThat(json(CliRun.run("critique", "--json", sales)).path("findings").findValuesAsText("rule"))
                .doesNotContain("pitch", "quick-question");
        JsonNode strictSales = json(CliRun.run("critique", "--json", "--rules", strict, sales));
        assertThat(strictSales.path("findings").findValuesAsText("rule")).contains("pitch", "quick-question");
        assertThat(strictSales.path("findings").findValuesAsText("text")).contains("touch base", "quick question");
    }

    @Test
    void theRecruitingFileDoesWhatItsCommentsSay() throws Exception {
        String file = "examples/rules/recruiting-class.yaml";
        // 1. a new rule against "exciting opportunity"
        String hype = "Hi Ingrid, your Kafka and Flink work stood out: I have an exciting opportunity at Brightwave.";
        assertThat(json(CliRun.run("critique", "--json", hype)).path("findings").findValuesAsText("rule"))
                .doesNotContain("exciting-opportunity");
        JsonNode strict = json(CliRun.run("critique", "--json", "--rules", file, hype));
        assertThat(strict.path("verdict").asText()).isEqualTo("do-not-send");
        assertThat(strict.path("findings").findValuesAsText("text")).contains("exciting opportunity");
        // 2. stricter no-recruiters handling
        String them = "examples/pairs/09-no-recruiters/them.txt";
        // (a "talent community" is read as recruiting by the built-in rule too, since the intent model's 4 December data)
        String community = "Hi Olufemi, your replanner post was great. I'm building a talent community of robotics engineers.";
        assertThat(json(CliRun.run("critique", "--json", "--to", them, community)).path("findings").findValuesAsText("rule"))
                .contains("target-policy");
        String pool = "Hi Olufemi, your replanner post was great. My client is curious what your next move is.";
        assertThat(json(CliRun.run("critique", "--json", "--to", them, pool)).path("findings").findValuesAsText("rule"))
                .doesNotContain("target-policy");
        assertThat(json(CliRun.run("critique", "--json", "--rules", file, "--to", them, pool))
                .path("findings").findValuesAsText("rule")).contains("target-policy");
        // 3. flattery is an error
        String praise = "Hi Ingrid, you're a true rockstar and your Flink talk at Current 2025 was great.";
        assertThat(json(CliRun.run("critique", "--json", praise)).path("verdict").asText()).isEqualTo("revise");
        assertThat(json(CliRun.run("critique", "--json", "--rules", file, praise)).path("verdict").asText())
                .isEqualTo("do-not-send");
    }
}

package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A free account's notes are 200 characters on every command and in the REPL, without --limit: a new user set
 * RAPPORT_ACCOUNT=free and was still given notes of up to 300 characters that LinkedIn would not take.
 */
class FreeAccountLimitTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final ExamplePairs HIRING = ExamplePairs.all().stream()
            .filter(p -> p.name().startsWith("11-")).findFirst().orElseThrow();
    private static final Map<String, String> FREE = Map.of("RAPPORT_ACCOUNT", "free", "RAPPORT_JOURNAL", "off");
    private static final Map<String, String> PREMIUM = Map.of("RAPPORT_JOURNAL", "off");

    private static String[] draft(String... more) {
        String[] base = {"draft", "--me", HIRING.me().toString(), "--them", HIRING.them().toString(), "--why", HIRING.why(),
                "--json", "--no-embeddings"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static int longest(JsonNode drafted) {
        int most = 0;
        for (JsonNode n : drafted.path("notes")) {
            most = Math.max(most, n.path("text").asText().codePointCount(0, n.path("text").asText().length()));
        }
        return most;
    }

    @Test
    void draftFitsTwoHundredOnAFreeAccountAndAFlagStillWins() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode premium = json.readTree(CliRun.on(DAY, PREMIUM, draft()).out);
        JsonNode free = json.readTree(CliRun.on(DAY, FREE, draft()).out);
        JsonNode flagged = json.readTree(CliRun.on(DAY, FREE, draft("--limit", "300")).out);
        // the pair's note is longer than 200 on Premium, so the account setting is what shortens it
        assertThat(longest(premium)).isGreaterThan(200);
        assertThat(free.path("notes")).isNotEmpty();
        assertThat(longest(free)).isLessThanOrEqualTo(200);
        assertThat(longest(flagged)).isGreaterThan(200);
    }

    @Test
    void theFreeFlagIsTheSameAsTwoHundredAndDisagreeingWithLimitIsAUsageError() throws Exception {
        // a new user looked for --free ("Unknown option: '--free'")
        ObjectMapper json = new ObjectMapper();
        JsonNode flagged = json.readTree(CliRun.on(DAY, PREMIUM, draft("--free")).out);
        assertThat(flagged.path("notes")).isNotEmpty();
        assertThat(longest(flagged)).isLessThanOrEqualTo(200);
        CliRun both = CliRun.on(DAY, PREMIUM, draft("--free", "--limit", "300"));
        assertThat(both.exit).isEqualTo(2);
        assertThat(both.err.strip()).startsWith("rapport: --free means a 200-character limit").doesNotContain("\n").doesNotContain("Exception");
        String note = "Hi Ingrid, I'm a technical recruiter at Rivermark Media and I am hiring a senior engineer for our "
                + "streaming team. Your Apache Kafka and Apache Flink experience fits the role closely. Would a move like "
                + "that interest you this year? Rachel";
        assertThat(CliRun.on(DAY, PREMIUM, "critique", "--free", note).out).contains("over-length");
    }

    @Test
    void critiqueCountsAgainstTwoHundredOnAFreeAccount() {
        String note = "Hi Ingrid, I'm a technical recruiter at Rivermark Media and I am hiring a senior engineer for our "
                + "streaming team. Your Apache Kafka and Apache Flink experience fits the role closely. Would a move like "
                + "that interest you this year? Rachel";
        assertThat(note.length()).isBetween(201, 300);
        assertThat(CliRun.on(DAY, PREMIUM, "critique", note).out).doesNotContain("over-length");
        assertThat(CliRun.on(DAY, FREE, "critique", note).out).contains("over-length");
    }

    @Test
    void theReplStartsAtTwoHundredAndKeepsItAfterReset() {
        String script = "/me " + HIRING.me() + "\n/them " + HIRING.them() + "\n/why " + HIRING.why() + "\n/reset\n"
                + "/me " + HIRING.me() + "\n/them " + HIRING.them() + "\n/why " + HIRING.why() + "\n";
        CliRun free = CliRun.script(DAY, FREE, script);
        assertThat(free.out).contains("Notes (limit 200 characters)").doesNotContain("limit 300");
        assertThat(free.out.split("Notes \\(limit 200 characters\\)", -1)).hasSize(3);
        assertThat(CliRun.script(DAY, PREMIUM, script).out).contains("Notes (limit 300 characters)");
    }

    @Test
    void aLongerLimitThanAFreeAccountAllowsIsSaidToNotFit() {
        String script = "/limit 300\n";
        assertThat(CliRun.script(DAY, FREE, script).out).contains("The limit is now 300 characters.")
                .contains("LinkedIn takes at most 200 on a free account");
        assertThat(CliRun.script(DAY, PREMIUM, script).out).doesNotContain("free account");
    }

    @Test
    void theReplTakesARulesFileAndABadOneIsOneErrorLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a trainer's tuned rules graded a class differently in the chat than on the command line
        java.nio.file.Path off = dir.resolve("off.yaml");
        java.nio.file.Files.writeString(off, "rules:\n  - id: no-name\n    enabled: false\n");
        CliRun repl = CliRun.script(DAY, PREMIUM, "/rules\n", "--rules", off.toString());
        assertThat(repl.exit).as(repl.err).isZero();
        assertThat(repl.out.lines().filter(l -> l.contains("no-name"))).singleElement().asString().contains("disabled");
        java.nio.file.Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "rules:\n  - id: no-name\n    severity: fatal\n");
        CliRun broken = CliRun.script(DAY, PREMIUM, "/rules\n", "--rules", bad.toString());
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.err.strip().lines()).singleElement().asString().contains("fatal");
        assertThat(broken.out).doesNotContain("rapport helps you");
    }
}

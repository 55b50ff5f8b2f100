package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input ends in one line that names the problem, the right exit code, and no stack trace. */
class CliErrorsTest {
    @TempDir
    Path dir;

    private static void assertOneLine(CliRun run, int exit, String... fragments) {
        assertThat(run.exit).isEqualTo(exit);
        assertThat(run.err).contains(fragments).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err.strip().lines().filter(l -> l.startsWith("rapport:")).count()).isEqualTo(1);
    }

    @Test
    void missingFileNamesTheFile() {
        CliRun run = CliRun.run("check", "--me", dir.resolve("nobody.txt").toString(), "--them", "x.txt");
        assertOneLine(run, 1, "nobody.txt");
    }

    @Test
    void theSameProfileGivenForBothIsAnInputErrorNotAVerdict() {
        // a hand session: checking a profile against itself gave "connect 96: you both worked at Naranja Logística"
        Path me = Path.of("src", "test", "resources", "dev-pairs", "62-applicant-guest-lecture", "me.txt");
        CliRun run = CliRun.run("check", "--me", me.toString(), "--them", me.toString(), "--why", "we worked together");
        assertOneLine(run, 1, "same profile", "Lucía Ferrer");
        assertThat(run.out).doesNotContain("Verdict");
    }

    @Test
    void bothProfilesFromStdinIsAUsageError() {
        CliRun run = CliRun.run("check", "--me", "-", "--them", "-");
        assertOneLine(run, 2, "stdin");
    }

    @Test
    void limitOutOfRangeExplainsTheAllowedValues() throws Exception {
        Path p = Files.writeString(dir.resolve("p.txt"), "Priya Raman\nEngineer\n");
        CliRun run = CliRun.run("draft", "--limit", "999", "--me", p.toString(), "--them", p.toString());
        assertOneLine(run, 2, "note limit", "300", "200", "999");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        CliRun run = CliRun.run("check", "--me", "a.txt", "--them", "b.txt", "--bogus");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--bogus").contains("rapport check --help").doesNotContain("\tat ");
    }

    @Test
    void aMistypedCommandSuggestsTheClosestOne() {
        CliRun run = CliRun.run("chek", "--me", "a.txt");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("'chek'").contains("did you mean 'check'?").doesNotContain("\tat ");
        // a hand session: "Unmatched argument at index 0" is the parser's word for it, not the user's
        assertThat(run.err).startsWith("rapport: unknown command 'chek' (did you mean 'check'?)").doesNotContain("Unmatched");
    }

    @Test
    void aMistypedOptionIsNamedRatherThanTheOptionsItLeftMissing() {
        // a hand session (hand16): "--mee" gave "Missing required options: '--me=PROFILE', '--them=PROFILE'"
        CliRun run = CliRun.run("check", "--mee", "a.txt");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).startsWith("rapport: unknown option '--mee' (did you mean '--me'?)").doesNotContain("Missing");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.run("draft", "--me", "a.txt");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--them");
    }

    @Test
    void aBinaryFileIsRefusedByName() throws Exception {
        Path bin = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        CliRun run = CliRun.run("check", "--me", bin.toString(), "--them", bin.toString());
        assertOneLine(run, 1, "photo.png");
    }

    @Test
    void emptyProfileFromStdinIsNamed() throws Exception {
        Path p = Files.writeString(dir.resolve("p.txt"), "Priya Raman\nEngineer at Stripewell\n");
        CliRun run = CliRun.withInput("", Map.of(), "check", "--me", "-", "--them", p.toString());
        assertOneLine(run, 1, "empty");
    }

    @Test
    void versionAndHelpWork() {
        CliRun version = CliRun.run("--version");
        assertThat(version.exit).isZero();
        assertThat(version.out).startsWith("rapport ");
        CliRun help = CliRun.run("--help");
        assertThat(help.exit).isZero();
        assertThat(help.out).contains("check").contains("draft");
    }

    @Test
    void oneBadLineInAClassFileIsSaidAndTheOtherNotesAreStillGraded() throws Exception {
        // a hand session (hand16): one line without "text" refused the whole file, with no rows for the good lines
        Path notes = dir.resolve("notes.jsonl");
        Files.writeString(notes, "{\"text\": \"Hi Sam, we studied together at Ohio State. How is the new role going? Dana\"}\n"
                + "{\"txt\": \"missing text field\"}\n"
                + "{\"text\": \"Hi Sam, I help hospitals cut agency spend. Open to a quick chat?\"}\n");
        CliRun run = CliRun.run("critique", "--each", notes.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("2 notes:").contains("Hi Sam, we studied").contains("Hi Sam, I help");
        assertThat(run.err.strip()).startsWith("rapport: " + notes + " line 2: not a JSON object with a \"text\" field")
                .doesNotContain("\n").doesNotContain("\tat ");
    }
}

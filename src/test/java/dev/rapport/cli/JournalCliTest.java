package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCliTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    static final String PAIR = "examples/pairs/01-former-colleagues/";
    static final String[] CHECK = {"check", "--json", "--me", PAIR + "me.txt", "--them", PAIR + "them.txt",
        "--why", "we worked together at Stripewell and I would like to reconnect"};

    @TempDir
    Path home;
    Map<String, String> env;

    @BeforeEach
    void environment() {
        env = Map.of("XDG_DATA_HOME", home.resolve("data").toString());
    }

    private JsonNode json(CliRun run) throws Exception {
        assertThat(run.exit).as(run.err).isZero();
        return new ObjectMapper().readTree(run.out);
    }

    @Test
    void markingSentAndCheckingTheNextDayGivesRecentInvite() throws Exception {
        assertThat(json(CliRun.on(DAY, env, CHECK)).path("verdict").asText()).isEqualTo("connect");
        assertThat(home.resolve("data/rapport/journal.db")).exists();

        CliRun mark = CliRun.on(DAY, env, "mark", "Priya Raman", "sent");
        assertThat(mark.exit).as(mark.err).isZero();
        assertThat(mark.out).contains("Priya Raman").contains("sent").contains("16 November 2026");

        JsonNode next = json(CliRun.on(DAY.plusDays(1), env, CHECK));
        assertThat(next.path("verdict").asText()).isEqualTo("follow-first");
        assertThat(next.path("reasons").get(0).path("rule").asText()).isEqualTo("recent-invite");
        assertThat(next.path("reasons").get(0).path("message").asText()).contains("7 December 2026");

        JsonNode later = json(CliRun.on(DAY.plusDays(21), env, CHECK));
        assertThat(later.path("verdict").asText()).isEqualTo("connect");
    }

    @Test
    void markingANameTheJournalNeverSawSaysSoWithTheClosestKnownName() {
        // a hand session: "mark \"Ramon Dizn\" sent" made a second person in silence
        CliRun.on(DAY, env, CHECK);
        CliRun typo = CliRun.on(DAY, env, "mark", "Priya Ramen", "sent");
        assertThat(typo.exit).as(typo.err).isZero();
        assertThat(typo.out).contains("new in the journal").contains("did you mean Priya Raman?");
        CliRun known = CliRun.on(DAY, env, "mark", "Priya Raman", "sent");
        assertThat(known.out).doesNotContain("new in the journal");
    }

    @Test
    void acceptedInvitationsGetAThankYouSuggestionAndNoNotes() throws Exception {
        CliRun.on(DAY, env, "mark", "Priya Raman", "sent", "--date", "2026-11-02");
        CliRun.on(DAY, env, "mark", "Priya Raman", "accepted");
        String[] draft = CHECK.clone();
        draft[0] = "draft";
        JsonNode j = json(CliRun.on(DAY.plusDays(1), env, draft));
        assertThat(j.path("reasons").get(0).path("rule").asText()).isEqualTo("follow-up");
        assertThat(j.path("notes")).isEmpty();
        assertThat(j.path("suggestions").get(0).asText()).containsIgnoringCase("thank-you");
    }

    @Test
    void theCommandLineAndTheReplFindThePeopleByPartOfTheNameWithTheSameWords() {
        Map<String, String> free = Map.of("XDG_DATA_HOME", home.resolve("data").toString(), "RAPPORT_ACCOUNT", "free");
        CliRun.on(DAY, free, CHECK);
        CliRun.on(DAY, free, "mark", "Priya Raman", "sent", "--date", "2026-11-10");
        CliRun.on(DAY, free, "mark", "Marcus Hale", "withdrawn");

        for (String part : new String[] {"Pri", "priya raman", "hale", "Nobody Here"}) {
            CliRun cli = CliRun.on(DAY, free, "log", part);
            CliRun repl = CliRun.script(DAY, free, "/log " + part + "\n");
            assertThat(cli.exit).as(cli.err).isZero();
            assertThat(repl.out).as(part).contains(cli.out.strip());
        }
        assertThat(CliRun.on(DAY, free, "log", "Pri").out).contains("Priya Raman").doesNotContain("Marcus")
                .contains("Personalised notes this month: 1 of 5");
        assertThat(CliRun.on(DAY, free, "log", "Nobody Here").out).contains("The journal has nobody called Nobody Here.");

        CliRun forgetInRepl = CliRun.script(DAY, free, "/forget Marcus Hale\n");
        CliRun forgetAgain = CliRun.on(DAY, free, "forget", "Marcus Hale");
        assertThat(forgetInRepl.out).contains("Deleted everything the journal held about Marcus Hale.");
        assertThat(forgetAgain.exit).isEqualTo(1);
        assertThat(forgetAgain.err).contains("The journal has nobody called Marcus Hale.");
    }

    @Test
    void theNoteBudgetOfAFreeAccountWarnsAtTheLimit() throws Exception {
        Map<String, String> free = Map.of("XDG_DATA_HOME", home.resolve("data").toString(), "RAPPORT_ACCOUNT", "free");
        for (String who : new String[] {"A One", "B Two", "C Three", "D Four", "E Five"}) {
            assertThat(CliRun.on(DAY, free, "mark", who, "sent").exit).isZero();
        }
        CliRun last = CliRun.on(DAY, free, "mark", "F Six", "sent", "--no-note");
        assertThat(last.out).contains("5 of 5").contains("1 December 2026");
        JsonNode j = json(CliRun.on(DAY, free, CHECK));
        assertThat(j.path("verdict").asText()).isEqualTo("connect");
        assertThat(j.findValuesAsText("rule")).contains("note-budget");
        // a Premium account (the default) has no monthly budget
        assertThat(json(CliRun.on(DAY, env, CHECK)).findValuesAsText("rule")).doesNotContain("note-budget");
    }

    @Test
    void logShowsPeopleVerdictsAndMarksAndForgetRemovesThem() throws Exception {
        CliRun.on(DAY, env, CHECK);
        CliRun.on(DAY, env, "mark", "Priya Raman", "sent", "--date", "2026-11-10");
        CliRun.on(DAY, env, "mark", "Marcus Hale", "withdrawn");
        CliRun log = CliRun.on(DAY, env, "log");
        assertThat(log.exit).as(log.err).isZero();
        assertThat(log.out.lines()).hasSize(3);
        assertThat(log.out).contains("Priya Raman").contains("Tallyport").contains("connect").contains("sent 2026-11-10")
                .contains("Marcus Hale").contains("withdrawn 2026-11-16");
        assertThat(CliRun.on(DAY, env, "log", "marcus hale").out.lines()).hasSize(2);

        // a part of the name deletes nothing, and says whom it found (a new user's "forget okafor" deleted a record unasked)
        CliRun part = CliRun.on(DAY, env, "forget", "priya");
        assertThat(part.exit).isEqualTo(1);
        assertThat(part.err).contains("nothing was deleted").contains("forget \"Priya Raman\"");
        assertThat(CliRun.on(DAY, env, "log").out).contains("Priya Raman");
        CliRun forget = CliRun.on(DAY, env, "forget", "Priya Raman");
        assertThat(forget.exit).as(forget.err).isZero();
        assertThat(forget.out).contains("Deleted everything the journal held about Priya Raman");
        assertThat(CliRun.on(DAY, env, "log").out).doesNotContain("Priya").contains("Marcus Hale");
        CliRun again = CliRun.on(DAY, env, "forget", "Priya Raman");
        assertThat(again.exit).isEqualTo(1);
        assertThat(again.err).contains("nobody called").doesNotContain("\tat ");
    }

    @Test
    void importCountsPastInvitations() throws Exception {
        Path csv = Files.writeString(home.resolve("Invitations.csv"),
                "From,To,Sent At,Message,Direction\n"
                        + "Daniel Okafor,Priya Raman,\"11/10/26, 7:18 AM\",\"Hi Priya, it has been a while since Stripewell.\",OUTGOING\n"
                        + "Ana Ruiz,Daniel Okafor,\"11/1/26, 9:00 PM\",,INCOMING\n");
        CliRun imported = CliRun.on(DAY, env, "import", csv.toString());
        assertThat(imported.exit).as(imported.err).isZero();
        assertThat(imported.out).contains("Imported 1 sent invitation").contains("1 received");
        assertThat(CliRun.on(DAY, env, "import", home.toString()).out).contains("Imported 0").contains("1 already");
        assertThat(json(CliRun.on(DAY, env, CHECK)).path("reasons").get(0).path("rule").asText()).isEqualTo("recent-invite");
    }

    @Test
    void badInputIsOneLineWithTheRightExitCode() {
        CliRun what = CliRun.on(DAY, env, "mark", "Priya Raman", "liked");
        assertThat(what.exit).isEqualTo(2);
        assertThat(what.err).contains("liked").contains("sent, accepted, ignored, withdrawn").hasLineCount(1);
        CliRun future = CliRun.on(DAY, env, "mark", "Priya Raman", "sent", "--date", "2027-01-01");
        assertThat(future.exit).isEqualTo(2);
        assertThat(future.err).contains("future");
        CliRun nowhere = CliRun.on(DAY, Map.of(), "log");
        assertThat(nowhere.exit).isEqualTo(2);
        assertThat(nowhere.err).contains("RAPPORT_JOURNAL");
        CliRun notCsv = CliRun.on(DAY, env, "import", PAIR + "me.txt");
        assertThat(notCsv.exit).isEqualTo(1);
        assertThat(notCsv.err).contains("me.txt").hasLineCount(1);
    }

    @Test
    void anEmptyImportFileIsSaidToBeEmpty() throws Exception {
        for (String content : new String[] {"", " \n\n"}) {
            Path csv = Files.writeString(home.resolve("empty.csv"), content);
            CliRun empty = CliRun.on(DAY, env, "import", csv.toString());
            assertThat(empty.exit).isEqualTo(1);
            assertThat(empty.err).isEqualTo("rapport: " + csv + ": the file is empty\n");
        }
    }

    @Test
    void aJournalSwitchedOffOnPurposeIsRespectedSilently() {
        Map<String, String> off = Map.of("RAPPORT_JOURNAL", "off", "HOME", home.toString());
        CliRun batch = CliRun.on(DAY, off, "batch", "--me", PAIR + "me.txt", "--why", "reconnect with former colleagues",
                PAIR + "them.txt");
        assertThat(batch.exit).as(batch.err).isZero();
        assertThat(batch.err).doesNotContainIgnoringCase("journal");
        assertThat(home.resolve(".local/share/rapport/journal.db")).doesNotExist();
        CliRun check = CliRun.on(DAY, off, CHECK);
        assertThat(check.exit).isZero();
        assertThat(check.err).isEmpty();
        CliRun log = CliRun.on(DAY, off, "log");
        assertThat(log.exit).isEqualTo(2);
        assertThat(log.err).contains("RAPPORT_JOURNAL=off").hasLineCount(1);
        CliRun nowhere = CliRun.on(DAY, Map.of(), "batch", "--me", PAIR + "me.txt", "--why", "reconnect", PAIR + "them.txt");
        assertThat(nowhere.err).as("no place at all, which the user did not choose, is said").contains("no journal");
    }

    @Test
    void aMarkMadeAfterTheMorningsBatchIsSeenByTheNextRunThoughItIsDatedEarlier() throws Exception {
        // a new user marked an invitation sent "--date" two days back after the morning's batch; the next run resumed the
        // morning's row and handed him a note for a duplicate invitation
        CliRun first = CliRun.on(DAY, env, "batch", "--me", PAIR + "me.txt", "--why", "reconnect with former colleagues", "--format",
                "jsonl", PAIR + "them.txt");
        assertThat(first.out).contains("\"notes\":[{\"text\":\"Hi Priya");
        CliRun mark = CliRun.on(DAY, env, "mark", "Priya Raman", "sent", "--date", DAY.minusDays(2).toString());
        assertThat(mark.exit).as(mark.err).isZero();
        CliRun again = CliRun.on(DAY, env, "batch", "--me", PAIR + "me.txt", "--why", "reconnect with former colleagues", "--format",
                "jsonl", PAIR + "them.txt");
        assertThat(again.err).contains("0 taken from today's journal");
        assertThat(again.out).doesNotContain("\"notes\":[{\"text\":\"Hi Priya").contains("\"resumed\":false");
    }

    @Test
    void batchWritesTheChosenFormatAndASummary() throws Exception {
        Path out = home.resolve("out/results.jsonl");
        CliRun run = CliRun.on(DAY, env, "batch", "--me", PAIR + "me.txt", "--why", "reconnect with former colleagues",
                "--out", out.toString(), PAIR + "them.txt", "examples/pairs/06-cold-admirer/them.txt", "no-such-file.txt");
        assertThat(run.exit).as(run.err).isZero();
        assertThat(Files.readAllLines(out)).hasSize(3);
        assertThat(run.out).contains("Batch summary: 3 targets").contains("connect").contains("unreadable");
        CliRun again = CliRun.on(DAY, env, "batch", "--me", PAIR + "me.txt", "--why", "reconnect with former colleagues",
                "--format", "csv", PAIR + "them.txt");
        // (CSV on stdout is data: the summary is said on stderr)
        assertThat(again.out).contains("source,name,verdict").doesNotContain("Batch summary");
        assertThat(again.err).contains("1 taken from today's journal");
        CliRun bad = CliRun.on(DAY, env, "batch", "--me", PAIR + "me.txt", "--out", "x.txt", PAIR + "them.txt");
        assertThat(bad.exit).isEqualTo(2);
        assertThat(bad.err).contains("x.txt").contains(".csv");
    }

    /**
     * A journal that cannot be written, made so honestly although tests run as root (where a chmod
     * stops nothing): SQLite itself opens a database whose header asks for a newer write format
     * (byte 18 above 2) read-only, so every write fails with SQLITE_READONLY, the path the code maps
     * to "is read-only". A check then warns once, is shown, and goes unrecorded; the journal's
     * earlier rows are still there and {@code mark}, which must write, fails in one line with exit 1.
     */
    @Test
    void aReadOnlyJournalWarnsOnceTheCheckStillRunsAndNothingIsLost() throws Exception {
        Path journal = home.resolve("data/rapport/journal.db");
        assertThat(json(CliRun.on(DAY, env, CHECK)).path("verdict").asText()).isEqualTo("connect");
        CliRun mark = CliRun.on(DAY, env, "mark", "Priya Raman", "sent");
        assertThat(mark.exit).as(mark.err).isZero();
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(journal.toFile(), "rw")) {
            f.seek(18);
            f.write(3); // the file format's write version: newer than this SQLite writes, so read-only to it
        }
        byte[] before = Files.readAllBytes(journal);

        CliRun check = CliRun.on(DAY.plusDays(1), env, CHECK);
        assertThat(check.exit).as(check.err).isZero();
        assertThat(new ObjectMapper().readTree(check.out).path("verdict").asText())
                .as("the journal is still read: the invitation sent yesterday counts").isEqualTo("follow-first");
        assertThat(check.err.lines().filter(l -> !l.isBlank())).singleElement().asString()
                .contains(journal.toString()).contains("read-only").contains("not recorded");

        CliRun again = CliRun.on(DAY.plusDays(1), env, "mark", "Priya Raman", "accepted");
        assertThat(again.exit).isEqualTo(1);
        assertThat(again.err.strip()).doesNotContain("\n").contains("read-only").doesNotContain("Exception");

        assertThat(Files.readAllBytes(journal)).as("nothing written, nothing lost").isEqualTo(before);
        CliRun log = CliRun.on(DAY.plusDays(1), env, "log");
        assertThat(log.exit).as(log.err).isZero();
        assertThat(log.out).contains("Priya Raman").contains("sent");
    }

    @Test
    void aBatchSaysWhoIsAlreadyConnectedInsteadOfAConnectWithoutANote() {
        assertThat(CliRun.on(DAY, env, "mark", "Priya Raman", "accepted").exit).isZero();
        CliRun batch = CliRun.on(DAY, env, "batch", "--me", "examples/pairs/01-former-colleagues/me.txt", "--why",
                "we worked together at Stripewell", "examples/pairs/01-former-colleagues/them.txt", "--again");
        assertThat(batch.exit).as(batch.err).isZero();
        assertThat(batch.out).contains("| already connected |").contains("Already connected: no invitation to send.")
                .contains("of them already connected: 1")
                .contains("0 connect verdicts left without a note by the budget");
    }

    @Test
    void markingPartOfAKnownNameSaysItIsSomeoneNew() {
        assertThat(CliRun.on(DAY, env, "mark", "Karen Moore", "sent").exit).isZero();
        // (a new user's "Karen Moor" made a second person in silence, so the recent-invite rule never fired for Karen Moore)
        assertThat(CliRun.on(DAY, env, "mark", "Karen Moor", "sent").out).contains("did you mean Karen Moore?");
        assertThat(CliRun.on(DAY, env, "mark", "karen moore", "accepted").out).doesNotContain("new in the journal");
    }
}

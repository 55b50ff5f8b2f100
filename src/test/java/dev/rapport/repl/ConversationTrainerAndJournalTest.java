package dev.rapport.repl;

import static dev.rapport.repl.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Advisor;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.journal.Journal;
import dev.rapport.app.JournalLog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /critique and "is this ok?", and the journal commands, against a real SQLite file. */
class ConversationTrainerAndJournalTest {
    private static final Path ME = profile("01-former-colleagues", "me");
    private static final Path THEM = profile("01-former-colleagues", "them");
    private static final String WHY = "we worked together at Stripewell for years and I'd like to reconnect";

    @TempDir
    Path dir;

    private final AtomicReference<LocalDate> day = new AtomicReference<>(LocalDate.of(2026, 11, 2));
    private JournalLog log;

    private String session(String... lines) {
        if (log == null) {
            log = new JournalLog(dir.resolve("journal.db"), 5);
        }
        Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), day::get, log);
        ScriptIO io = new ScriptIO().lines(lines);
        new Conversation(io, () -> advisor, Fixtures.env(dir)).run();
        return io.output();
    }

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    @Test
    void critiqueMarksUpANoteWithNothingLoaded() {
        String out = session("/critique Hi {firstName}, I'd like to add you to my professional network. Our platform saves 30%!");
        assertThat(out).contains("do-not-send").contains("placeholder").contains("pitch").contains("[say how you know them]");
    }

    @Test
    void pastingANoteAndAskingIsThisOkCritiquesIt() {
        String out = session("Hi Marta, your talk at PyCon Lisbon on typing legacy code gave our team a plan. "
                + "Which tool did you start with? Is this ok?");
        assertThat(out).contains("Score 100/100").contains("send").doesNotContain("Findings:\n  1.");
        String bad = session("is this ok? Hi Marta, I'd love to hear about your IT priorities for next year.");
        assertThat(bad).contains("lead-gen").contains("do-not-send");
    }

    @Test
    void isThisOkWithoutANoteCritiquesTheCurrentNote() {
        String out = session("/me " + ME, "/them " + THEM, "/why " + WHY, "would you send this?");
        assertThat(out).contains("Verdict: connect").contains("Score ").contains("send");
        assertThat(out.substring(out.indexOf("Score "))).contains("Priya");
    }

    @Test
    void sentThenCheckingAgainTheNextDayMeansWait() {
        String first = session("/me " + ME, "/them " + THEM, "/why " + WHY, "/sent");
        assertThat(first).contains("Marked Priya Raman").contains("as sent");
        day.set(day.get().plusDays(1));
        String next = session("/me " + ME, "/them " + THEM, "/why " + WHY, "/log Priya");
        assertThat(next).contains("recent-invite").contains("Verdict: follow-first").contains("sent 2026-11-02");
        try (Journal j = Journal.open(dir.resolve("journal.db"))) {
            assertThat(j.log("Priya Raman")).singleElement()
                    .satisfies(e -> assertThat(e.marks()).extracting(m -> m.mark().id()).containsExactly("sent"));
        }
    }

    @Test
    void theJournalCountsTheNotesDraftedNotEveryRefinementOfThem() {
        // a hand session (hand16): one note refined ten times was logged as "Notes 11"
        session("/me " + ME, "/them " + THEM, "/why " + WHY);
        int drafted;
        try (Journal j = Journal.open(dir.resolve("journal.db"))) {
            drafted = j.log("Priya Raman").get(0).notes();
        }
        assertThat(drafted).isPositive();
        log.close();
        log = null;
        session("/me " + ME, "/them " + THEM, "/why " + WHY, "shorter", "warmer", "/limit 200", "more formal", "undo", "start over");
        try (Journal j = Journal.open(dir.resolve("journal.db"))) {
            // the second check's notes, as they stand after its refinements, beside the first check's
            assertThat(j.log("Priya Raman").get(0).notes()).isBetween(drafted + 1, drafted * 2);
        }
    }

    @Test
    void forgetDeletesThePersonAndLogSaysSo() {
        session("/me " + ME, "/them " + THEM, "/why " + WHY, "/accepted");
        String out = session("/forget Priya Raman", "/log Priya Raman");
        assertThat(out).contains("Deleted everything the journal held about Priya Raman")
                .contains("The journal has nobody called Priya Raman.");
    }

    @Test
    void aFreeAccountSeesItsNoteBudgetOnThePrompt() {
        log = new JournalLog(dir.resolve("journal.db"), 5);
        Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), day::get, log);
        ScriptIO io = new ScriptIO().lines("/me " + ME, "/them " + THEM, "/why " + WHY, "/sent");
        new Conversation(io, () -> advisor, Fixtures.env(dir)).run();
        assertThat(io.prompts).anyMatch(p -> p.contains("notes 0/5")).anyMatch(p -> p.contains("notes 1/5"));
        assertThat(io.output()).contains("Personalised notes this month: 1 of 5");
    }
}

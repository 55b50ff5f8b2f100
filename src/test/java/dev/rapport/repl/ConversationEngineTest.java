package dev.rapport.repl;

import static dev.rapport.llm.FakeLlmServer.error;
import static dev.rapport.llm.FakeLlmServer.notes;
import static dev.rapport.llm.FakeLlmServer.openAiStream;
import static dev.rapport.repl.Fixtures.ADVISOR;
import static dev.rapport.repl.Fixtures.profile;
import static dev.rapport.llm.StripewellNotes.GOOD;
import static dev.rapport.llm.StripewellNotes.GOOD2;
import static dev.rapport.llm.StripewellNotes.PITCHY;
import static dev.rapport.llm.StripewellNotes.WHY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.draft.Note;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.Decision;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.EngineFlags;
import dev.rapport.llm.FakeLlmServer;
import dev.rapport.profile.ProfileReaders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * REPL sessions with {@code --engine openai --base-url http://127.0.0.1:PORT/v1}: scripted input
 * through the seam, a real loopback server speaking the chat-completions API (SSE) on the other side.
 */
class ConversationEngineTest {
    private static final String KEY = "sk-test-REPL-SECRET-0987654321";
    private static final String ANSWER = "Because you both worked at Stripewell for five years, so she knows you.";

    @TempDir
    Path dir;

    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();

    private Map<String, String> environment() {
        return dev.rapport.llm.StripewellNotes.environment(dir, KEY);
    }

    private Conversation conversation(ScriptIO io, String baseUrl) {
        EngineFlags flags = new EngineFlags("openai", "test-model", baseUrl, null, null);
        ReplEnvironment env = new ReplEnvironment(dir, environment());
        return new Conversation(io, () -> ADVISOR, env, flags, dev.rapport.app.Settings.resolve(environment(), false)::engine);
    }

    /** The REPL with the engine on the loopback server and an advisor that records in {@code log} (a real SQLite file). */
    private Conversation overJournal(ScriptIO io, dev.rapport.app.JournalLog log, java.time.LocalDate day) {
        dev.rapport.app.Advisor advisor = new dev.rapport.app.Advisor(dev.rapport.etiquette.RuleSet.builtIn(),
                new dev.rapport.draft.OfflineDrafter(), () -> day, log);
        EngineFlags flags = new EngineFlags("openai", "test-model", server.openAiUrl(), null, null);
        return new Conversation(io, () -> advisor, new ReplEnvironment(dir, environment()), flags,
                dev.rapport.app.Settings.resolve(environment(), false)::engine);
    }

    private Conversation run(ScriptIO io) {
        return run(io, server.openAiUrl());
    }

    private Conversation run(ScriptIO io, String baseUrl) {
        Conversation c = conversation(io, baseUrl);
        assertThat(c.run()).isZero();
        return c;
    }

    private static ScriptIO loaded() {
        String pair = "01-former-colleagues";
        return new ScriptIO().lines("/me " + profile(pair, "me"), "/them " + profile(pair, "them"), "/why " + WHY);
    }

    private static FakeLlmServer.Answer stream(String content) {
        return openAiStream(content, 6);
    }

    private static FakeLlmServer.Answer noteAnswer(String text) {
        return stream(notes(text, "worked-together"));
    }

    /** The text of every message in the recorded request, in order. */
    private String sent(int request) throws IOException {
        JsonNode body = FakeLlmServer.JSON.readTree(server.requests.get(request).body());
        StringBuilder all = new StringBuilder();
        for (JsonNode m : body.path("messages")) {
            JsonNode content = m.path("content");
            all.append(content.isTextual() ? content.asText() : content.toString()).append('\n');
        }
        return all.toString();
    }

    private static List<String> notesOf(Conversation c) {
        return c.session().assessment().notes().stream().map(Note::text).toList();
    }

    @Test
    void aGoodAnswerIsShownAsTheGatedNotesWithThePrivacyNoticeOnce() {
        server.then(noteAnswer(GOOD));
        ScriptIO io = loaded();
        Conversation c = run(io);

        String out = io.output();
        assertThat(out).contains("Verdict: connect").contains("Notes (limit 300 characters):").contains(GOOD);
        assertThat(out).containsOnlyOnce("sent to 127.0.0.1");
        assertThat(notesOf(c)).containsExactly(GOOD);
        assertThat(io.prompts).contains("rapport [you: Daniel · them: Priya · 300 · openai]> ");
        assertThat(server.requests).hasSize(1);
        assertThat(out).doesNotContain("offline drafter");
    }

    @Test
    void anAcceptedContactGetsNoInvitationFromTheModel() {
        java.nio.file.Path db = dir.resolve("journal.db");
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 2);
        try (dev.rapport.journal.Journal j = dev.rapport.journal.Journal.open(db)) {
            j.mark("Priya Raman", null, dev.rapport.etiquette.Mark.ACCEPTED, day.minusDays(3), true);
        }
        server.then(noteAnswer(GOOD));
        try (dev.rapport.app.JournalLog log = new dev.rapport.app.JournalLog(db, 0)) {
            ScriptIO io = loaded().lines("/draft");
            Conversation c = overJournal(io, log, day);
            assertThat(c.run()).isZero();

            assertThat(c.session().assessment().notes()).isEmpty();
            assertThat(io.output()).doesNotContain(GOOD).contains("follow-up");
            assertThat(server.requests).isEmpty();
        }
    }

    @Test
    void theModelsNotesAndARefinementsNotesAreInTheJournal() {
        java.nio.file.Path db = dir.resolve("journal.db");
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 2);
        server.then(noteAnswer(GOOD), noteAnswer(GOOD2));
        try (dev.rapport.app.JournalLog log = new dev.rapport.app.JournalLog(db, 0)) {
            ScriptIO io = loaded().lines("sound less like a recruiter");
            Conversation c = overJournal(io, log, day);
            assertThat(c.run()).isZero();
            assertThat(notesOf(c)).containsExactly(GOOD2);
        }
        try (dev.rapport.journal.Journal j = dev.rapport.journal.Journal.open(db)) {
            // the refinement's note takes the place of the first draft's for the same check (hand16: "Notes 11" for one note)
            assertThat(j.log("Priya Raman")).singleElement().satisfies(e -> assertThat(e.notes()).isEqualTo(1));
        }
    }

    @Test
    void aPitchyAnswerThenACorrectedOneShowsOnlyTheCorrectedNotes() {
        server.then(noteAnswer(PITCHY), noteAnswer(GOOD));
        ScriptIO io = loaded();
        Conversation c = run(io);

        assertThat(io.output()).contains(GOOD).doesNotContain("30%").doesNotContain("demo call");
        assertThat(notesOf(c)).containsExactly(GOOD);
        assertThat(server.requests).hasSize(2);
    }

    @Test
    void threeBadAnswersGiveOneLineAndTheOfflineNotes() {
        server.then(noteAnswer(PITCHY)); // the last answer repeats
        ScriptIO io = loaded();
        Conversation c = run(io);

        List<String> failures = io.output().lines().filter(l -> l.contains("offline drafter")).toList();
        assertThat(failures).singleElement().asString()
                .startsWith("openai: none of 3 answers passed the etiquette rules");
        assertThat(io.output()).contains("Notes (limit 300 characters):").doesNotContain("30%");
        assertThat(notesOf(c)).isNotEmpty().isEqualTo(offlineNotes());
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void connectionRefusedGivesOneLineAndOfflineNotesAndTheSessionGoesOn() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ScriptIO io = loaded().lines("/pick 2", "/usage");
        Conversation c = run(io, "http://127.0.0.1:" + port + "/v1");

        List<String> failures = io.output().lines().filter(l -> l.contains("connection refused")).toList();
        assertThat(failures).singleElement().asString().startsWith("openai: could not connect to http://127.0.0.1:" + port)
                .endsWith("showing the offline drafter's notes instead.");
        assertThat(io.output()).contains("Notes (limit 300 characters):").doesNotContain("Exception");
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
        assertThat(notesOf(c)).isEqualTo(offlineNotes());
        assertThat(c.session().picked()).isEqualTo(2);
        assertThat(io.output()).contains(ReplMessages.get("usage.none", "openai"));
    }

    @Test
    void aRefinementAndAQuestionGoToTheModelWithTheConversationSoFar() throws IOException {
        server.then(noteAnswer(GOOD), noteAnswer(GOOD2), stream(ANSWER));
        ScriptIO io = loaded().lines("make it less formal", "why is this a connect?");
        Conversation c = run(io);

        assertThat(server.requests).hasSize(3);
        assertThat(sent(1)).contains(GOOD).contains("make it less formal");
        assertThat(sent(2)).contains(GOOD).contains(GOOD2).contains("make it less formal")
                .contains("why is this a connect?");
        assertThat(io.output()).contains(ReplMessages.get("refine.done", ReplMessages.get("refine.tone.CASUAL")))
                .contains(GOOD2).contains(ANSWER);
        assertThat(notesOf(c)).containsExactly(GOOD2);
        assertThat(c.session().style().tone()).isEqualTo(Style.Tone.CASUAL);
    }

    @Test
    void anInstructionTheOfflineParserDoesNotKnowIsARefinementToo() throws IOException {
        server.then(noteAnswer(GOOD), noteAnswer(GOOD2));
        ScriptIO io = loaded().lines("sound less like a recruiter");
        Conversation c = run(io);

        assertThat(sent(1)).contains("sound less like a recruiter").contains(GOOD);
        assertThat(notesOf(c)).containsExactly(GOOD2);
        assertThat(io.output()).contains(ReplMessages.get("refine.done", ReplMessages.get("refine.as-asked")))
                .doesNotContain("Offline I can refine");
    }

    @Test
    void resetForgetsTheConversationWithTheModel() throws IOException {
        server.then(noteAnswer(GOOD), noteAnswer(GOOD2));
        String pair = "01-former-colleagues";
        ScriptIO io = loaded().lines("/reset", "/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/why we used to work together at Stripewell");
        run(io);

        assertThat(server.requests).hasSize(2);
        assertThat(sent(1)).doesNotContain(GOOD);
    }

    @Test
    void theVerdictIsTheRulesOwnAndOnlyQuestionsReachTheModelForDoNotConnect() throws IOException {
        server.then(stream("Because the note would be a sales pitch, and the rules say an invitation is not a sales channel."));
        String pair = "07-sap-pitch";
        String why = Fixtures.text(Fixtures.pair(pair).resolve("pair.yaml")).lines()
                .filter(l -> l.startsWith("why:")).findFirst().orElseThrow().substring(4).strip().replace("\"", "");
        ScriptIO io = new ScriptIO().lines("/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/why " + why, "make it warmer", "why not?");
        Conversation c = run(io);

        assertThat(c.session().assessment().verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(c.session().noteCount()).isZero();
        assertThat(io.output()).contains(ReplMessages.get("no-notes.verdict", "do-not-connect"))
                .contains("a sales pitch");
        assertThat(server.requests).hasSize(1);
        assertThat(sent(0)).contains("why not?");
    }

    @Test
    void engineShowsAndSwitchesAndUsageCountsTheWholeSession() {
        server.then(noteAnswer(GOOD));
        ScriptIO io = new ScriptIO().lines("/engine", "/usage").lines(loadedLines()).lines(
                "/usage", "/engine offline", "/draft", "/engine gpt", "/engine openai", "/usage",
                "/engine ollama small-model", "/help");
        Conversation c = run(io);

        String out = io.output();
        assertThat(out).contains("Engine: openai test-model at " + server.openAiUrl());
        assertThat(out).contains(ReplMessages.get("usage.none", "openai"));
        String counts = ReplMessages.get("usage.counts", 1L, 120L, 40L, 160L);
        assertThat(counts).isEqualTo("This session: 1 model call, 120 prompt tokens and 40 completion tokens (160 in all).");
        assertThat(out.split(java.util.regex.Pattern.quote(counts), -1)).hasSize(3); // before and after the switches
        assertThat(out).contains(ReplMessages.get("engine.switched.offline"));
        assertThat(out).contains("rapport: unknown engine 'gpt'; choose one of offline|openai|ollama|anthropic|gemini");
        assertThat(out).contains("Engine: ollama small-model at http://localhost:11434.");
        assertThat(out).contains(ReplMessages.get("command./engine")).contains(ReplMessages.get("command./usage"))
                .contains(ReplMessages.get("help.chat.engine"));
        assertThat(io.prompts).contains("rapport [you: Daniel · them: Priya · 300]> ")
                .contains("rapport [you: Daniel · them: Priya · 300 · ollama]> ");
        assertThat(server.requests).hasSize(1); // /draft offline sent nothing
        assertThat(c.session().noteCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void ctrlCDuringAQuestionCancelsItAndKeepsTheConversation() throws IOException {
        server.then(noteAnswer(GOOD), noteAnswer(GOOD2));
        ScriptIO io = loaded().lines("why is this a connect?", "make it shorter");
        io.cancelRun = 2; // the question
        Conversation c = run(io);

        assertThat(io.onCancelCalls).isEqualTo(1);
        assertThat(io.output()).contains(ReplMessages.get("engine.cancelled"));
        assertThat(server.requests).hasSize(2);
        assertThat(sent(1)).contains(GOOD).contains("make it shorter").doesNotContain("why is this a connect?");
        assertThat(notesOf(c)).containsExactly(GOOD2);
    }

    @Test
    void ctrlCDuringTheFirstDraftKeepsEverythingLoaded() {
        server.then(noteAnswer(GOOD));
        ScriptIO io = loaded().lines("/check");
        io.cancelRun = 1;
        Conversation c = run(io);

        assertThat(io.onCancelCalls).isEqualTo(1);
        assertThat(io.output()).contains(ReplMessages.get("cancelled.work"));
        assertThat(c.session().ready()).isTrue();
        assertThat(notesOf(c)).containsExactly(GOOD);
        assertThat(server.requests).hasSize(1); // the cancelled draft never reached the server
    }

    @Test
    void theKeyNeverAppearsInOutputHistoryOrSavedFiles() throws IOException {
        server.then(error(401, "invalid api key " + KEY));
        ScriptIO io = loaded().lines("/engine", "/usage", "/save session.md", "/copy 1 note.txt", "make it warmer",
                "what else should I know?", "/engine openai", "/help");
        run(io);

        assertThat(io.output()).contains("the API key was refused").contains("OPENAI_API_KEY").doesNotContain(KEY);
        assertThat(io.history).isNotEmpty().noneMatch(h -> h.contains(KEY));
        assertThat(Files.readString(dir.resolve("session.md"))).doesNotContain(KEY).contains("Verdict: connect");
        assertThat(Files.readString(dir.resolve("note.txt"))).doesNotContain(KEY);
    }

    @Test
    void onALiveTerminalTheProvisionalTextIsErasedAndOnlyGatedNotesStay() {
        server.then(noteAnswer(PITCHY), noteAnswer(GOOD));
        ScriptIO io = loaded();
        io.live = true;
        run(io);

        String out = io.output();
        int erased = out.lastIndexOf("\u001B[1A");
        assertThat(erased).isPositive();
        String before = out.substring(0, erased);
        String after = out.substring(erased);
        assertThat(before).contains(ReplMessages.get("engine.provisional", "openai"));
        assertThat(before.replace("\n", "")).contains("30%"); // the provisional text breaks its own lines
        assertThat(after).doesNotContain("30%").contains("Verdict: connect").contains("1. ");
    }

    /** What the offline drafter shows for the same pair: the fallback must be exactly that. */
    private static List<String> offlineNotes() {
        String pair = "01-former-colleagues";
        return ADVISOR.draft(ProfileReaders.read(profile(pair, "me")), ProfileReaders.read(profile(pair, "them")), WHY,
                dev.rapport.app.DraftOptions.DEFAULT).notes().stream().map(Note::text).toList();
    }

    private static String[] loadedLines() {
        String pair = "01-former-colleagues";
        return new String[] {"/me " + profile(pair, "me"), "/them " + profile(pair, "them"), "/why " + WHY};
    }
}

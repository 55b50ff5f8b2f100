package dev.rapport.repl;

import dev.rapport.profile.Profile;
import dev.rapport.app.Session;

import static dev.rapport.repl.Fixtures.ADVISOR;
import static dev.rapport.repl.Fixtures.conversation;
import static dev.rapport.repl.Fixtures.profile;
import static dev.rapport.repl.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Assessment;
import dev.rapport.app.Styler;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Rule;
import dev.rapport.repl.ReplIO.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sessions through the I/O seam: scripted input in, the screen's text out. */
class ConversationTest {
    private static final String WHY = "we worked together at Stripewell for years and I'd like to reconnect";
    private static final Path ME = profile("01-former-colleagues", "me");
    private static final Path THEM = profile("01-former-colleagues", "them");

    @TempDir
    Path dir;

    private ScriptIO io() {
        return new ScriptIO();
    }

    private Conversation run(ScriptIO io) {
        Conversation c = conversation(io, dir);
        assertThat(c.run()).isZero();
        return c;
    }

    private static String[] pasteLines(Path file, String end) {
        List<String> lines = new java.util.ArrayList<>(text(file).lines().toList());
        if (end != null) {
            lines.add(end);
        }
        return lines.toArray(String[]::new);
    }

    private ScriptIO loaded(ScriptIO io) {
        return io.lines("/me " + ME, "/them " + THEM, "/why " + WHY);
    }

    // ---- the guided flow -----------------------------------------------------------------------

    @Test
    void guidesFromNothingToNotesWithPastesEndedByAFullStop() {
        ScriptIO io = io().lines(pasteLines(ME, ".")).lines(pasteLines(THEM, ".")).lines(WHY);
        Conversation c = run(io);

        String out = io.output();
        assertThat(out).contains(ReplMessages.get("guide.me"), ReplMessages.get("guide.paste-end"),
                ReplMessages.get("guide.them"), ReplMessages.get("guide.why"));
        assertThat(out.indexOf(ReplMessages.get("guide.them"))).isGreaterThan(out.indexOf("Your profile: Daniel Okafor"));
        assertThat(out).contains("Verdict: connect").contains("Notes (limit 300 characters):").containsPattern("1\\. \\d+/300");
        assertThat(io.prompts.get(0)).isEqualTo("rapport [300]> ");
        assertThat(io.prompts).contains("rapport [you: Daniel · them: Priya · 300]> ");
        assertThat(io.modes).as("the lines after a paste's first are read as its continuation").contains(Mode.PASTE_MORE);
        assertThat(c.session().assessment().notes()).isNotEmpty();
        assertThat(c.session().picked()).isEqualTo(1);
    }

    @Test
    void aReasonTypedAfterAFailedThemIsKeptAsTheReasonNotLost() {
        ScriptIO io = io().lines("/me " + ME, "/them " + dir.resolve("nothere.txt"), WHY, ".", "/them " + THEM);
        Conversation c = run(io);
        assertThat(io.output()).contains("file not found")
                .contains(ReplMessages.get("paste.kept-as-reason", "pasted text: no name found; put the person's full name on its first line"))
                .contains("Verdict: connect");
        assertThat(c.session().why()).isEqualTo(WHY);
    }

    @Test
    void undoTypedBeforeAnyNoteIsNotTakenAsTheReason() {
        // a hand session (hand16): "undo" after /them became the reason and was judged; the real reason was then refused
        ScriptIO io = io().lines("/me " + ME, "/them " + THEM, "undo", WHY);
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("why.no-note-yet", "undo")).contains("Verdict: connect");
        assertThat(c.session().why()).isEqualTo(WHY);
    }

    @Test
    void aCommandTypedWhereAPasteWasExpectedIsRunAsACommand() {
        // a hand session (hand16): "/quit" after a bare /me was read as pasted text ("pasted text: no name found")
        ScriptIO io = io().lines("/me", "/quit", "/them " + THEM);
        Conversation c = run(io);
        assertThat(io.output()).doesNotContain(ReplMessages.get("name.ask")).doesNotContain("Their profile");
        assertThat(c.session().me()).isNull();
        assertThat(c.session().them()).isNull();
    }

    @Test
    void aPasteAlsoEndsAtEndOfInput() {
        ScriptIO io = io().lines("/them " + THEM, "/why " + WHY, "/me").lines(pasteLines(ME, null)).ctrlD();
        Conversation c = run(io);
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
        assertThat(io.output()).contains("Verdict: connect");
    }

    @Test
    void aBracketedPasteIsRecognisedWithoutACommand() {
        ScriptIO io = io().paste(text(ME)).paste(text(THEM)).lines(WHY);
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
        assertThat(c.session().them().name()).isEqualTo("Priya Raman");
        assertThat(io.output()).doesNotContain(ReplMessages.get("guide.paste-end")).contains("Verdict: connect");
        assertThat(io.modes).doesNotContain(Mode.PASTE);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aNamedPipeAsAProfileIsRefusedWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("them.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        ScriptIO io = io().lines("/me " + ME, "/them " + fifo, "/them " + THEM);
        run(io);
        assertThat(io.output()).contains(fifo + ": is a named pipe, not a file").contains("Their profile:");
    }

    @Test
    void pastedProfilesNeverReachTheHistory() {
        ScriptIO io = io().lines(pasteLines(ME, ".")).paste(text(THEM)).lines(WHY, "shorter", "/pick 1");
        run(io);
        assertThat(io.history).containsExactly(WHY, "shorter", "/pick 1");
    }

    @Test
    void asksWhoseProfileWhenBothAreLoaded() {
        Path other = profile("03-met-at-meetup", "them");
        ScriptIO io = loaded(io()).paste(text(other)).lines("hmm", "them");
        io.wholePastes = true;
        Conversation c = run(io);
        String name = dev.rapport.profile.ProfileReaders.read(other).name();
        assertThat(io.output()).contains(ReplMessages.get("whose.ask", name)).contains(ReplMessages.get("whose.again"));
        assertThat(c.session().them().name()).isEqualTo(name);
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
    }

    @Test
    void aReasonGivenForOnePersonIsNotUsedForTheNextButIsForTheSameOneAgain() {
        // a hand session: /them loaded a stranger, and the note told her "Oliver and I worked together at Pennine …"
        Path other = profile("03-met-at-meetup", "them");
        String name = dev.rapport.profile.ProfileReaders.read(other).name();
        ScriptIO io = loaded(io()).lines("/them " + other);
        Conversation c = run(io);
        String out = io.output();
        String dropped = ReplMessages.get("why.dropped", "Priya Raman", name);
        assertThat(out).contains(dropped);
        assertThat(out.substring(out.indexOf(dropped))).contains(ReplMessages.get("guide.why")).doesNotContain("Verdict");
        assertThat(c.session().why()).isNull();
        assertThat(c.session().assessment()).isNull();

        ScriptIO same = loaded(io()).lines("/them " + THEM);
        Conversation again = run(same);
        assertThat(same.output()).doesNotContain("Your reason was for");
        assertThat(same.output().split("Verdict: connect", -1)).hasSize(3);
        assertThat(again.session().why()).isEqualTo(WHY);
    }

    @Test
    void aReasonIsItsSendersAndIsNotUsedForAnotherSenderButIsForACorrectedProfile() {
        // a new user switched personas with /me and got the last one's promise in the new one's note
        Path other = profile("03-met-at-meetup", "me");
        String name = dev.rapport.profile.ProfileReaders.read(other).name();
        ScriptIO io = loaded(io()).lines("/me " + other);
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("why.dropped.me", "Daniel Okafor", name));
        assertThat(c.session().why()).isNull();
        ScriptIO same = loaded(io()).lines("/me " + ME);
        Conversation again = run(same);
        assertThat(same.output()).doesNotContain("so it is not used for");
        assertThat(again.session().why()).isEqualTo(WHY);
    }

    @Test
    void asksWhenThePastedNameIsYours() {
        ScriptIO io = io().lines("/me " + ME).paste(text(ME)).lines("me");
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("whose.ask-same-name", "Daniel Okafor"));
        assertThat(c.session().them()).isNull();
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
    }

    @Test
    void aPastedProfileWithoutANameAsksForTheNameAndKeepsThePaste() {
        // a hand session: a first-person bio with no name was dropped with an error, and had to be pasted again
        String bio = "I am a charge nurse at Cork University Hospital.\nI studied nursing at University College Cork.";
        ScriptIO io = io().lines("/me").paste(bio).lines("42", "Siobhan Walsh");
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("name.ask")).contains(ReplMessages.get("name.again"))
                .doesNotContain("rapport:");
        assertThat(c.session().me().name()).isEqualTo("Siobhan Walsh");
        assertThat(c.session().me().headline()).contains("Cork University Hospital");
    }

    @Test
    void aBioPastedAtTheReasonsPromptIsReadAsAProfileNotTheReason() {
        // a hand session (hand16): a first-person bio pasted at "Why do you want to connect?" was judged as the reason
        String bio = "I'm a charge nurse in the cardiac step-down unit at Grant Medical Center in Columbus. I've precepted new graduate"
                + " nurses for six years and I chair our unit's practice council. Before Grant I worked nights in the ICU at Riverside.";
        ScriptIO io = io().lines("/me " + ME, "/them " + THEM).pasteWhole(bio);
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("name.ask")).doesNotContain("Verdict:");
        assertThat(c.session().why()).isNull();
    }

    @Test
    void aReasonPastedAtTheReasonsPromptIsStillTheReason() {
        ScriptIO io = io().lines("/me " + ME, "/them " + THEM).pasteWhole("I'm a payments engineer. " + WHY + ".");
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains("Verdict:").doesNotContain(ReplMessages.get("name.ask"));
        assertThat(c.session().why()).isNotNull();
    }

    @Test
    void aSecondPasteWhileTheFirstWaitsForItsNameIsKeptAndReadAfterIt() {
        // a new user's session: an interview page gave no name, and the next paste silently took its place
        String first = "I am a charge nurse at Cork University Hospital.\nI studied nursing at University College Cork.";
        ScriptIO io = io().paste(first).pasteWhole(text(THEM)).lines("Amara Okafor");
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("paste.queued"));
        assertThat(c.session().me().name()).isEqualTo("Amara Okafor");
        assertThat(c.session().me().headline()).contains("Cork University Hospital");
        assertThat(c.session().them().name()).isEqualTo("Priya Raman");
    }

    @Test
    void ctrlCOnTheNameQuestionDropsOnlyTheEarlierPasteAndReadsTheOneKept() {
        String first = "I am a charge nurse at Cork University Hospital.\nI studied nursing at University College Cork.";
        ScriptIO io = io().paste(first).pasteWhole(text(THEM)).ctrlC();
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("whose.dropped"));
        assertThat(c.session().me().name()).isEqualTo("Priya Raman");
    }

    @Test
    void aProfileFileWithoutANameAsksForTheNameAndKeepsTheFile() throws IOException {
        // a new user's saved web page: "/them FILE" gave "no name found", and the name typed next began a paste that lost the file
        Path page = Files.writeString(dir.resolve("page.txt"), "I run two pharmacies in Leeds.\nI trained in Bradford.\n");
        ScriptIO io = io().lines("/me " + ME, "/them " + page, "Amara Okafor", WHY);
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("name.ask")).doesNotContain("rapport:");
        assertThat(c.session().them().name()).isEqualTo("Amara Okafor");
        assertThat(c.session().them().about()).contains("two pharmacies in Leeds");
        assertThat(c.session().why()).isEqualTo(WHY);
        // while the name is awaited the prompt asks for it, not for the next step
        ScriptIO waiting = io().lines("/me " + ME, "/them " + page);
        run(waiting);
        assertThat(waiting.prompts).contains(ReplMessages.get("prompt.name") + " ");
    }

    @Test
    void aSmallerLimitSaysWhatTheOtherNotesLostToo() {
        // a second new user's session: at /limit 200 note 2 lost its sign-off with only "Your changes to the note are kept"
        ScriptIO io = loaded(io()).lines("mention that I moved to Lisbon last year", "/limit 110");
        Conversation c = run(io);
        java.util.List<String> notes = c.session().assessment().notes().stream().map(Note::text).toList();
        assertThat(notes.size()).isGreaterThan(1);
        String said = ReplMessages.get("limit.left-out-other", 110, 2, "@");
        assertThat(io.output()).contains(said.substring(0, said.indexOf('@')));
    }

    @Test
    void ctrlDAtTheNamePromptEndsTheQuestionNotTheSession() {
        // a new user's Ctrl-D at "full name>" left the REPL with everything in it
        ScriptIO io = io().lines("/them").paste("I run two pharmacies in Leeds.\nI trained in Bradford.").ctrlD().lines("/me " + ME);
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("whose.dropped"));
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
    }

    @Test
    void ctrlCDropsAPasteThatWaitsForItsName() {
        ScriptIO io = io().lines("/them").paste("I run two pharmacies in Leeds.\nI trained in Bradford.").ctrlC().lines("/me " + ME);
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("name.ask")).contains(ReplMessages.get("whose.dropped"));
        assertThat(c.session().them()).isNull();
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
    }

    @Test
    void theNamePromptAfterThemAndANamelessPasteIsSaidOnceAndAgainOnlyAfterAnotherCommand() {
        // a hand session: after /them and a pasted bio with no name, the name prompt was printed twice
        ScriptIO io = io().lines("/me " + ME, "/them").paste("I run two pharmacies in Leeds.\nI trained in Bradford.");
        io.wholePastes = true;
        run(io);
        assertThat(io.output().split(java.util.regex.Pattern.quote(ReplMessages.get("name.ask")), -1)).hasSize(2);

        ScriptIO later = io().lines("/me " + ME, "/them").paste("I run two pharmacies in Leeds.\nI trained in Bradford.")
                .lines("/rules", "Amara Okafor");
        later.wholePastes = true;
        Conversation c = run(later);
        assertThat(later.output().split(java.util.regex.Pattern.quote(ReplMessages.get("name.ask")), -1)).hasSize(3);
        assertThat(c.session().them().name()).isEqualTo("Amara Okafor");
    }

    // ---- Ctrl-C and Ctrl-D ---------------------------------------------------------------------

    @Test
    void ctrlCDuringAPasteCancelsOnlyThePaste() {
        String[] half = text(THEM).lines().limit(5).toArray(String[]::new);
        ScriptIO io = io().lines("/me " + ME, "/them").lines(half).ctrlC().lines("/them " + THEM, "/why " + WHY);
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("paste.cancelled")).contains("Verdict: connect");
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
    }

    @Test
    void ctrlCAtThePromptKeepsTheSessionGoing() {
        ScriptIO io = io().lines("/me " + ME).ctrlC().ctrlC().lines("/them " + THEM);
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("cancel.hint"));
        assertThat(c.session().me()).isNotNull();
        assertThat(c.session().them()).isNotNull();
    }

    @Test
    void ctrlCDropsAPastedProfileWaitingForAnAnswer() {
        ScriptIO io = loaded(io()).paste(text(profile("03-met-at-meetup", "them"))).ctrlC();
        io.wholePastes = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("whose.dropped"));
        assertThat(c.session().them().name()).isEqualTo("Priya Raman");
    }

    @Test
    void askingAboutTheWarrantSaysWhatTheNumberRestsOn() {
        ScriptIO io = loaded(io()).lines("why is the warrant only that?");
        run(io);
        assertThat(io.output()).contains("The warrant (").contains("strongest link");
        ScriptIO plain = loaded(io()).lines("why?");
        run(plain);
        assertThat(plain.output()).doesNotContain("The warrant (");
    }

    @Test
    void cancelledWorkKeepsEverythingLoaded() {
        ScriptIO io = loaded(io());
        io.cancelWork = true;
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("cancelled.work")).doesNotContain("Verdict:");
        assertThat(c.session().ready()).isTrue();
        assertThat(c.session().assessment()).isNull();

        ScriptIO again = loaded(io()).lines("/check");
        Conversation c2 = run(again);
        assertThat(c2.session().assessment()).isNotNull();
    }

    @Test
    void ctrlDAtThePromptEndsTheSessionAndSoDoesQuit() {
        ScriptIO io = io().lines("/me " + ME).ctrlD().lines("/them " + THEM);
        Conversation c = run(io);
        assertThat(c.session().them()).isNull();

        ScriptIO quit = io().lines("/me " + ME, "/quit", "/them " + THEM);
        assertThat(run(quit).session().them()).isNull();
    }

    // ---- commands ------------------------------------------------------------------------------

    @Test
    void helpListsEveryCommand() {
        ScriptIO io = io().lines("/help");
        run(io);
        List<String> names = ReplCommands.specs(Fixtures.conversation(new ScriptIO(), dir).commands()).stream()
                .map(spec -> spec.name()).toList();
        assertThat(names).hasSize(22).contains("/me", "/them", "/why", "/sent", "/log", "/quiz", "/quit");
        for (String name : names) {
            assertThat(io.output()).contains(name + " ").contains(ReplMessages.get("command." + name));
        }
    }

    @Test
    void unknownCommandsGetTheClosestOne() {
        ScriptIO io = io().lines("/chek", "/xyzzyplugh");
        run(io);
        assertThat(io.output()).contains("Unknown command /chek. Did you mean /check?")
                .contains("Unknown command /xyzzyplugh. /help");
    }

    @Test
    void aBadFileKeepsThePreviousProfile() {
        ScriptIO io = io().lines("/me " + ME, "/me no-such-file.txt");
        Conversation c = run(io);
        assertThat(io.output().lines().filter(l -> l.startsWith("rapport: ")).toList())
                .singleElement().asString().contains("no-such-file.txt");
        assertThat(c.session().me().name()).isEqualTo("Daniel Okafor");
        assertThat(io.prompts.get(io.prompts.size() - 1)).startsWith("rapport [you: Daniel");
    }

    @Test
    void limitTakesOnlyLinkedInsLimits() {
        ScriptIO io = loaded(io()).lines("/limit 999", "/limit", "/limit 200");
        Conversation c = run(io);
        assertThat(io.output()).contains(dev.rapport.app.Messages.get("limit.range", "999")).contains(ReplMessages.get("limit.set", 200));
        assertThat(c.session().limit()).isEqualTo(200);
        assertThat(c.session().assessment().notes()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.chars()).isLessThanOrEqualTo(200));
        assertThat(io.prompts.get(io.prompts.size() - 1)).endsWith("· 200]> ");
    }

    @Test
    void aNewLimitKeepsTheUsersRefinements() {
        // a hand session: after "mention …", "/limit 200" drafted again from the reason and the mention was gone
        ScriptIO io = loaded(io()).lines("mention that we talked about the dispute tooling rewrite", "/limit 200");
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("limit.kept"));
        assertThat(c.session().assessment().notes().get(0).text()).contains("dispute tooling rewrite");
        assertThat(c.session().assessment().notes()).allSatisfy(n -> assertThat(n.chars()).isLessThanOrEqualTo(200));
    }

    @Test
    void aNewLimitSaysWhatItLeftOut() {
        // a hand session: "/limit 200" dropped the user's promise and said only that the changes were kept
        ScriptIO io = loaded(io()).lines("mention that we talked about the dispute tooling rewrite and the chargeback backlog it left "
                + "for the Denver risk team", "mention my question: did the new rules engine ever ship?", "/limit 200");
        Conversation c = run(io);
        String out = io.output();
        int kept = out.indexOf(ReplMessages.get("limit.kept"));
        assertThat(kept).isPositive();
        String before = out.substring(0, kept);
        String now = c.session().assessment().notes().get(0).text();
        java.util.List<String> gone = dev.rapport.draft.Unsaid.in(lastNoteIn(before), now, "", java.util.Set.of()).removed();
        assertThat(gone).isNotEmpty();
        gone.forEach(g -> assertThat(out.substring(kept)).contains("“" + g + "”"));
    }

    /** The last note shown before a point of the transcript: the line after "  1. …/300". */
    private static String lastNoteIn(String transcript) {
        java.util.List<String> lines = transcript.lines().toList();
        for (int i = lines.size() - 1; i > 0; i--) {
            if (lines.get(i - 1).matches("\\s*1\\. \\d+/\\d+.*")) {
                return lines.get(i).strip();
            }
        }
        return "";
    }

    @Test
    void pickChoosesTheNoteThatCopyUses() {
        ScriptIO io = loaded(io()).lines("/pick 2", "/pick 42", "/pick two", "/copy");
        io.clipboardWorks = true;
        Conversation c = run(io);
        List<Note> notes = c.session().assessment().notes();
        assertThat(notes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(c.session().picked()).isEqualTo(2);
        assertThat(io.output()).contains(ReplMessages.get("pick.range", notes.size())).contains(ReplMessages.get("pick.nan"));
        assertThat(io.clipboard).containsExactly(notes.get(1).text());
    }

    @Test
    void copyWritesAFileAndShowsTheNoteWhenThereIsNoClipboard() throws IOException {
        ScriptIO io = loaded(io()).lines("/copy 1 note.txt", "/copy");
        Conversation c = run(io);
        String first = c.session().assessment().notes().get(0).text();
        assertThat(Files.readString(dir.resolve("note.txt"))).isEqualTo(first + "\n");
        assertThat(io.output()).contains(ReplMessages.get("copy.no-clipboard", 1)).contains(first);
        assertThat(io.clipboard).isEmpty();
    }

    @Test
    void copyBeforeAnyNoteSaysSo() {
        ScriptIO io = io().lines("/copy");
        run(io);
        assertThat(io.output()).contains("There is no note yet.");
    }

    @Test
    void saveWritesMarkdownWithNamesVerdictReasonsAndNotes() throws IOException {
        ScriptIO io = loaded(io()).lines("/save session.md", "/save", "/save no/such/folder/x.md");
        Conversation c = run(io);
        String md = Files.readString(dir.resolve("session.md"));
        Assessment a = c.session().assessment();
        assertThat(md).contains("Daniel Okafor", "Priya Raman", WHY, "## Verdict: connect")
                .contains(a.verdict().reasons().get(0).rule());
        a.notes().forEach(n -> assertThat(md).contains(n.text()));
        assertThat(io.output()).contains(ReplMessages.get("save.usage")).contains("rapport: Cannot write");
    }

    @Test
    void saveWritesTheWholeSessionEveryRefinementWithItsNotes() throws Exception {
        ScriptIO io = loaded(io()).lines("shorter", "warmer");
        io.lines("/save whole.md");
        Conversation c = run(io);
        String md = Files.readString(dir.resolve("whole.md"));
        Profile me = c.session().me();
        Profile them = c.session().them();
        assertThat(md).contains(me.name(), me.headline(), them.name(), them.headline(), WHY);
        List<dev.rapport.app.Transcript.Round> rounds = c.desk.transcript();
        assertThat(rounds).hasSize(3);
        assertThat(md).contains("## 1. First draft", "## 2. ", "## 3. ").contains("shorter").contains("warmer");
        for (dev.rapport.app.Transcript.Round r : rounds) {
            Assessment a = r.session().assessment();
            assertThat(md).contains("Verdict: " + a.verdict().decision().id());
            a.verdict().reasons().forEach(reason -> assertThat(md).contains(reason.rule()));
            a.notes().forEach(n -> assertThat(md).as("every round's notes").contains(n.text()));
        }
    }

    @Test
    void saveNamesThePeopleOfEachRoundWhenTheyChangedAfterIt() throws Exception {
        // two new users: after a second /them, the saved file put the first pair's rounds under the second pair's names
        Path other = profile("02-classmates", "them");
        ScriptIO io = loaded(io()).lines("/them " + other, "/why we were in the same MBA program at Kellogg", "/save two.md");
        run(io);
        String md = Files.readString(dir.resolve("two.md"));
        String first = md.substring(md.indexOf("## 1."), md.indexOf("## 2."));
        assertThat(first).as("round 1 says its own pair").contains("Priya Raman").contains(WHY);
        assertThat(md.substring(0, md.indexOf("## 1."))).doesNotContain("Priya Raman");
    }

    @Test
    void saveSaysTheReasonAsACorrectionLeftIt() throws Exception {
        // a hand session: after "it was two weeks ago", /save still gave only the reason as first typed
        ScriptIO io = io().lines("/me " + ME, "/them " + THEM, "/why we met at the Fintech Forum in Lisbon last week",
                "it was two weeks ago", "/save corrected.md");
        run(io);
        String md = Files.readString(dir.resolve("corrected.md"));
        assertThat(md).contains("we met at the Fintech Forum in Lisbon last week");
        assertThat(md.substring(md.indexOf("Why, as corrected:"))).contains("two weeks ago");
    }

    @Test
    void quizRunsInTheReplWithAHintForAnAnswerOutsideSRD() {
        ScriptIO io = io().lines("/quiz 1", "maybe", "s", "pitch", "/quit");
        run(io);
        String out = io.output();
        assertThat(out).doesNotContain("Unknown command").doesNotContain("Did you mean");
        assertThat(out).contains("Note 1 of 1:").contains(dev.rapport.app.Messages.get("quiz.ask.again"))
                .containsPattern("Score: [0-2]/[12]");
    }

    @Test
    void rulesListsEveryRuleIdAndTitle() {
        ScriptIO io = io().lines("/rules");
        run(io);
        for (Rule r : ADVISOR.rules().all()) {
            assertThat(io.output()).contains(r.id()).contains(r.title());
        }
    }

    @Test
    void explainTellsWhatARuleMeansAndWhyTheVerdictIs() {
        Rule relationship = ADVISOR.rules().rule("relationship").orElseThrow();
        ScriptIO io = io().lines("/explain relationship", "/explain relationshp", "/explain").lines(
                "/me " + ME, "/them " + THEM, "/why " + WHY, "/explain");
        run(io);
        String out = io.output();
        assertThat(out).contains(relationship.title()).contains(relationship.rationale().strip().substring(0, 40));
        assertThat(out).contains("There is no rule 'relationshp'").contains("Did you mean relationship?");
        assertThat(out).contains(ReplMessages.get("explain.verdict", "connect"));
    }

    @Test
    void whyCheckDraftAndReset() {
        ScriptIO io = io().lines("/check", "/why", "/me " + ME, "/them " + THEM, "/why " + WHY, "/why", "/check", "/draft",
                "/reset", "/draft");
        Conversation c = run(io);
        String out = io.output();
        assertThat(out).contains(ReplMessages.get("missing.me")).contains(ReplMessages.get("loaded.why", WHY))
                .contains(ReplMessages.get("reset.done")).contains(ReplMessages.get("missing.me"));
        assertThat(out.split("Verdict: connect", -1)).hasSizeGreaterThanOrEqualTo(3); // assessment and /check
        assertThat(c.session()).isEqualTo(Session.EMPTY);
        assertThat(io.prompts.get(io.prompts.size() - 1)).isEqualTo("rapport [300]> ");
    }

    @Test
    void aReasonMayBeTypedOrPastedWithSpecialCharacters() {
        String why = "@Priya and I worked together at Stripewell -- \"risk team\", 2016–2021!";
        ScriptIO io = io().lines("/me " + ME, "/them " + THEM, "/why " + why);
        Conversation c = run(io);
        assertThat(c.session().why()).isEqualTo(why);
    }

    // ---- chat ----------------------------------------------------------------------------------

    @Test
    void refinementsRedraftAndEveryNoteStillPassesTheRules() {
        List<String> requests = List.of("shorter", "make it warmer", "more formal", "more casual", "longer",
                "mention Tallyport", "don't mention Tallyport", "drop the question", "shorter and warmer", "start over");
        // Offline, every edit but "start over" changes the picked note's plan and says so; "start over" redrafts every note.
        List<String> planEdits = requests.stream().filter(r -> !r.equals("start over")).toList();
        for (String request : requests) {
            ScriptIO io = loaded(io()).lines(request);
            Conversation c = run(io);
            Assessment a = c.session().assessment();
            if (planEdits.contains(request)) {
                assertThat(io.output()).as(request).containsPattern("(?m)^(Changed|Unchanged): ");
                assertThat(a.notes()).as(request).isNotEmpty().allSatisfy(n ->
                        assertThat(ADVISOR.noteRules().passes(n.text(), ADVISOR.contextFor(a, 300))).as(n.text()).isTrue());
                continue;
            }
            // "start over" on notes that were never changed gives the same notes, and says so; so does "drop the
            // question" on notes that ask no stock question (the user's own words close them).
            boolean mayBeSame = request.equals("start over") || request.equals("drop the question");
            assertThat(io.output()).as(request).containsPattern(mayBeSame ? "Redrafted: |Unchanged: " : "Redrafted: ");
            assertThat(a.notes()).as(request).isNotEmpty().allSatisfy(n -> {
                assertThat(ADVISOR.noteRules().passes(n.text(), ADVISOR.contextFor(a, 300))).as(n.text()).isTrue();
                assertThat(n.chars()).isLessThanOrEqualTo(300);
            });
            assertThat(c.session().style()).isEqualTo(ChatParser.parse(request) instanceof ChatRequest.Restyle r
                    ? r.applyTo(dev.rapport.draft.Style.DEFAULT) : null);
        }
    }

    @Test
    void shorterDoesNotMakeTheNotesLonger() {
        ScriptIO io = loaded(io());
        int before = run(io).session().assessment().notes().stream().mapToInt(Note::chars).sum();
        ScriptIO shorter = loaded(io()).lines("shorter");
        int after = run(shorter).session().assessment().notes().stream().mapToInt(Note::chars).sum();
        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Test
    void theHintOffersAnotherVariantOnlyWhenThereIsOne() {
        ScriptIO two = loaded(io());
        assertThat(run(two).session().assessment().notes()).hasSizeGreaterThan(1);
        assertThat(two.output()).contains(ReplMessages.get("notes.hint"));

        String pair = "02-classmates";
        ScriptIO one = io().lines("/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/why we were in the same MBA program at Kellogg and I want to reconnect");
        assertThat(run(one).session().assessment().notes()).hasSize(1);
        assertThat(one.output()).contains(ReplMessages.get("notes.hint.one")).doesNotContain("use variant 2");
    }

    @Test
    void useVariantPicksIt() {
        ScriptIO io = loaded(io()).lines("use variant 2");
        assertThat(run(io).session().picked()).isEqualTo(2);
    }

    @Test
    void whyNotExplainsAVerdictAndThereIsNothingToRefine() {
        String pair = "07-sap-pitch";
        ScriptIO io = io().lines("/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/why offer our SAP cost savings", "why not?", "shorter");
        Conversation c = run(io);
        Assessment a = c.session().assessment();
        assertThat(a.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        String afterQuestion = io.output().substring(io.output().indexOf("No invitation drafted"));
        a.verdict().reasons().forEach(r -> assertThat(afterQuestion).contains("[" + r.rule() + "]"));
        assertThat(io.output()).contains(ReplMessages.get("no-notes.verdict", "do-not-connect"));
    }

    @Test
    void whatWouldMakeItOkWithNoNoteSaysWhatWouldChangeTheVerdict() {
        String pair = "07-sap-pitch";
        ScriptIO io = io().lines("/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/why offer our SAP cost savings", "what would make it OK?");
        Conversation c = run(io);
        Assessment a = c.session().assessment();
        String answer = io.output().substring(io.output().indexOf(ReplMessages.get("no-notes.what-changes", "do-not-connect")));
        // the reasons and the advice, not only "there is no note to refine"
        a.verdict().reasons().forEach(r -> assertThat(answer).contains("[" + r.rule() + "]"));
        assertThat(io.output()).doesNotContain(ReplMessages.get("no-notes.verdict", "do-not-connect"));
    }

    @Test
    void askingWhetherAFieldCountsAsSharedSaysWhatDoes() {
        // a new user's "but we both work in healthcare, isnt that shared?" got "give your whole reason again"
        String pair = "07-sap-pitch";
        ScriptIO io = io().lines("/me " + profile(pair, "me"), "/them " + profile(pair, "them"),
                "/why offer our SAP cost savings", "but we both work in finance, isnt that shared?");
        run(io);
        assertThat(io.output()).contains(ReplMessages.get("chat.what-counts", "do-not-connect"));
    }

    @Test
    void anythingElseSaysWhatWorksOfflineInOneLine() {
        ScriptIO io = loaded(io()).lines("write it as a limerick about payments");
        run(io);
        String last = io.output().strip().lines().reduce((x, y) -> y).orElseThrow();
        assertThat(last).isEqualTo(ReplMessages.get("chat.offline", "write it as a limerick about payments")).contains("--engine")
                .contains("don't mention").startsWith("I did not understand “write it as a limerick about payments”");
    }

    @Test
    void aVeryLongPasteAtTheRefinePromptIsQuotedOnlyByItsStart() {
        // a hand session: a 21,200-character paste came back whole inside "I did not understand “…”"
        String sentence = "Priya and I sat on the same risk desk for years and I still think about it. ";
        String paste = sentence.repeat(21_200 / sentence.length());
        ScriptIO io = loaded(io()).paste(paste);
        io.wholePastes = true;
        run(io);
        String last = io.output().strip().lines().reduce((x, y) -> y).orElseThrow();
        String quoted = last.substring(last.indexOf('“') + 1, last.indexOf('”'));
        assertThat(quoted).startsWith("Priya and I sat on the same risk desk").endsWith("…").hasSizeLessThanOrEqualTo(80);
        assertThat(last).hasSizeLessThan(ReplMessages.get("chat.offline", "").length() + 80);
    }

    @Test
    void chatBeforeAnythingIsLoadedGuides() {
        ScriptIO io = io().lines("what do I paste?");
        run(io);
        assertThat(io.output()).contains(ReplMessages.get("chat.nothing-yet", ReplMessages.get("missing.me")));
    }

    // ---- output hygiene ------------------------------------------------------------------------

    @Test
    void hostileProfileTextNeverReachesTheScreenAsEscapes() throws IOException {
        String hostile = "Mallory \u001B[31mEvil\u001B[0m \u001B]52;c;aGk=\u0007Doe\n"
                + "Head of \u001B[2J\u001B[HGrowth at Acme\u0007\n"
                + "Denver, Colorado\n\nAbout\nI build \u001B]8;;http://x.example\u001B\\links\u001B]8;;\u001B\\ and \u009B31mthings.\n";
        Files.writeString(dir.resolve("evil.txt"), hostile);
        ScriptIO io = io().lines("/me " + ME, "/them evil.txt", "/why we met at a meetup", "/save s.md").paste(hostile).lines("them");
        io.wholePastes = true;
        run(io);
        assertThat(io.output()).contains("Mallory").doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u009B");
        assertThat(String.join("", io.prompts)).doesNotContain("\u001B");
        assertThat(Files.readString(dir.resolve("s.md"))).doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void colourComesOnlyFromTheStyler() {
        ScriptIO plain = loaded(io());
        run(plain);
        assertThat(plain.output()).doesNotContain("\u001B");

        ScriptIO colour = loaded(io());
        colour.styler = Styler.ansi();
        run(colour);
        assertThat(colour.output()).contains("\u001B[");
    }

    @Test
    void undoGoesBackOneChangeAtATimeAndSaysSoWhenThereIsNothingLeft() {
        // a hand session (6 December): "undo" was not understood, and a fragment the user asked for could not be taken back
        ScriptIO io = loaded(io()).lines("undo", "shorter", "more formal", "undo", "undo", "undo");
        Conversation c = run(io);
        String out = io.output();
        assertThat(out).contains(ReplMessages.get("undo.nothing"));
        assertThat(out).contains(ReplMessages.get("undo.done-request", "more formal"), ReplMessages.get("undo.done-request", "shorter"));
        // back where the draft began: every note as first drafted
        Conversation fresh = run(loaded(io()));
        assertThat(c.session().assessment().notes()).extracting(Note::text)
                .isEqualTo(fresh.session().assessment().notes().stream().map(Note::text).toList());
        assertThat(out.lastIndexOf(ReplMessages.get("undo.nothing"))).isGreaterThan(out.indexOf(ReplMessages.get("undo.done-request", "shorter")));
    }

    @Test
    void theirProfileGivenAsTheUsersOwnIsNotLoaded() {
        ScriptIO io = io().lines("/me " + ME, "/them " + ME, "/them " + THEM, "/why " + WHY);
        Conversation c = run(io);
        assertThat(io.output()).contains(ReplMessages.get("them.is-me", "Daniel Okafor"));
        assertThat(c.session().them().name()).isEqualTo("Priya Raman");
        assertThat(c.session().assessment().verdict().decision()).isEqualTo(Decision.CONNECT);
    }

    @Test
    void aNewLimitTheEditedNoteCannotMeetSaysSoAndUndoGoesBackToBoth() {
        // a hand session: "/limit 200" drafted again from the reason, losing a mention, a tone and a picked variant in silence
        String mention = "mention that we spent two years rebuilding the settlement reconciliation pipeline for the Lagos office with the treasury operations team and the auditors from the central bank who came every quarter";
        ScriptIO io = loaded(io()).lines(mention, "/limit 200", "undo");
        Conversation c = run(io);
        String out = io.output();
        assertThat(out).contains(ReplMessages.get("limit.edits-lost", 200, "“" + mention + "”"));
        assertThat(out).contains(ReplMessages.get("undo.done-request", "/limit 200"));
        assertThat(c.session().limit()).isEqualTo(300);
        assertThat(c.session().note(c.session().picked()).orElseThrow().text()).contains("settlement reconciliation pipeline");
    }

    @Test
    void withNoNoteWhatTheUserTypesIsAnsweredAsMoreOfTheirReason() {
        // a hand session: after follow-first, "i commented on her post and she replied, asked me to connect" was "not understood"
        // and followed by the whole list of refinements for a note that did not exist
        ScriptIO io = io().lines("/me " + profile("06-cold-admirer", "me"), "/them " + profile("06-cold-admirer", "them"),
                "/why I admire her work", "i commented on her post and she replied thanks");
        Conversation c = run(io);
        Decision d = c.session().assessment().verdict().decision();
        assertThat(d).isNotEqualTo(Decision.CONNECT);
        assertThat(io.output()).contains(ReplMessages.get("chat.no-note", d.id(), "i commented on her post and she replied thanks"))
                .doesNotContain("I did not understand");
    }
}

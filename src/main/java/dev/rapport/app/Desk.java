package dev.rapport.app;

import dev.rapport.draft.Answer;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftListener;
import dev.rapport.draft.Note;
import dev.rapport.draft.Refiner;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.Decision;
import dev.rapport.llm.Engine;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.EngineFlags;
import dev.rapport.llm.Engines;
import dev.rapport.llm.LlmEngine;
import dev.rapport.llm.Usage;
import dev.rapport.llm.Wiring;
import dev.rapport.profile.Profile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One pair's working session, the service behind the REPL: load the two profiles, set the reason,
 * assess, restyle, refine in the user's words, ask, pick, change the limit, critique, reset,
 * switch engine, count usage. Every draft goes through the {@link Advisor}'s one gate and is
 * recorded there. Returns values and never prints; a face renders them. The session is an
 * immutable {@link Session}, so a step that fails or is cancelled leaves the previous one as it was.
 */
public final class Desk {
    private final Supplier<Advisor> base;
    private final EngineFlags startFlags;
    private final Function<EngineFlags, EngineConfig> engines;
    private final Usage usage = new Usage();
    private volatile EngineConfig config;
    private volatile LlmEngine engine;
    private Advisor advisor;
    private Advisor advisorBase;
    private Session session;
    /** The limit the session started with: the account's (200 on a free account), which a longer /limit goes past. */
    private final int accountLimit;
    /** The reason as the last check read it (lower case, without its closing stop), to tell a correction from it. */
    private String assessedReason = "";

    /** The user's accepted offline edits of note {@code note}, valid while that note still reads {@code text}. */
    private record Edits(int note, String text, List<String> instructions) {
    }

    private Edits edits = new Edits(0, "", List.of());
    /** The notes as they were before each change the user asked for, the latest last: "undo" goes back one. */
    private record Before(Session session, Edits edits, String request) {
    }

    private final java.util.Deque<Before> undoable = new java.util.ArrayDeque<>();
    // enough for a long refining session; the oldest steps go first
    private static final int UNDO_DEPTH = 50;
    private boolean limitRemembered;
    private final Transcript transcript = new Transcript();

    /**
     * {@code flags}: the engine chosen on the command line; {@code engines}: the one settings
     * resolver ({@link Settings#engine}), which puts flags over the environment and the config file
     * read at start-up, for the start and for every later {@link #switchEngine}.
     */
    public Desk(Supplier<Advisor> advisor, EngineFlags flags, Function<EngineFlags, EngineConfig> engines) {
        this(advisor, flags, engines, DraftOptions.PREMIUM_LIMIT);
    }

    /** The same, starting with the note limit {@code startLimit} (see {@link Settings#noteLimit}: 200 on a free account). */
    public Desk(Supplier<Advisor> advisor, EngineFlags flags, Function<EngineFlags, EngineConfig> engines, int startLimit) {
        this.session = Session.EMPTY.withLimit(NoteLimit.check(startLimit));
        this.accountLimit = startLimit;
        this.base = advisor;
        this.startFlags = flags == null ? EngineFlags.NONE : flags;
        this.engines = engines;
        this.config = engines.apply(startFlags);
    }

    public Session session() {
        return session;
    }

    /** The advisor in force: the start-up one, with the engine's drafter when an LLM engine is chosen. */
    public synchronized Advisor advisor() {
        Advisor b = base.get();
        if (advisor == null || advisorBase != b) {
            advisorBase = b;
            advisor = config.engine().isRemote() ? b.withDrafter(engine(b)) : b;
        }
        return advisor;
    }

    // ---- the pair and the reason ---------------------------------------------------------------

    /**
     * The user's own profile. A reason is its sender's too: loading someone else's profile as "me" drops it (a new user
     * switched personas and got the last one's promise in the new one's note), and the person it was from is returned so
     * that the face can say so. The same person again (a corrected profile), or a first one, keeps it.
     */
    public Optional<Profile> loadMe(Profile p) {
        return load(session.me(), p, s -> s.withMe(p));
    }

    /**
     * Their profile. A reason belongs to the person it was given for: loading someone else drops it (a
     * hand session: a stranger was told "Oliver and I worked together …"), and the person it was for is
     * returned so that the face can say so. The same person again, or a first one, keeps it.
     */
    public Optional<Profile> loadThem(Profile p) {
        return load(session.them(), p, s -> s.withThem(p));
    }

    /** One side of the pair put in; the reason goes when that side is now someone else, and who it was is returned. */
    private Optional<Profile> load(Profile before, Profile p, java.util.function.UnaryOperator<Session> put) {
        boolean someoneElse = session.why() != null && before != null && !samePerson(before, p);
        undoable.clear();
        session = someoneElse ? put.apply(session).withWhy(null) : put.apply(session);
        return someoneElse ? Optional.of(before) : Optional.empty();
    }

    private static boolean samePerson(Profile a, Profile b) {
        return a.name().isBlank() || b.name().isBlank() ? a.equals(b) : a.name().equalsIgnoreCase(b.name());
    }

    public Session why(String why) {
        undoable.clear();
        return session = session.withWhy(why);
    }

    /** Everything is forgotten: the pair, the reason, the notes and the conversation with the model. */
    public void reset() {
        // the limit is the account's, not the pair's: it stays
        session = Session.EMPTY.withLimit(session.limit());
        undoable.clear();
        transcript.clear();
        advisor().forgetConversation();
    }

    // ---- verdict and notes ---------------------------------------------------------------------

    /**
     * The check and, for connect, the gated notes; a new conversation with the model. Like every
     * drafting step it changes the session only through {@link #keep}, so that work the user
     * cancelled (and that may still finish on another thread) changes nothing.
     */
    public Drafting assess(DraftListener listener, Cancellation cancel) {
        Session s = session;
        Advisor a = advisor();
        a.forgetConversation();
        return a.draft(s.me(), s.them(), s.why(), s.options(), listener, cancel);
    }

    /** Drafts again in {@code style} (the same, for /draft or a new limit); the conversation stays. */
    public Drafting restyle(Style style, DraftListener listener, Cancellation cancel) {
        return advisor().redraft(session.assessment(), session.options().withStyle(style), listener, cancel);
    }

    /** The notes rewritten as asked in the user's own words ({@code style}: what the words imply offline). */
    public Drafting refine(Style style, String instruction, DraftListener listener, Cancellation cancel) {
        return advisor().refine(session.assessment(), session.options().withStyle(style), instruction, listener, cancel);
    }

    /** True when the offline refiner knows what to do with these words (an edit of one note, or a question about it). */
    public boolean refinesOffline(String instruction) {
        return Refiner.understands(instruction);
    }

    /**
     * Offline: the picked note (or the first) edited as the instruction asks, through the gate;
     * the session keeps the result, including a corrected purpose.
     */
    public Advisor.Refined refineNote(String instruction) {
        if (session.assessment() == null) {
            return new Advisor.Refined(null, Messages.get("refine.no-plan"), false, false);
        }
        int number = pickedNumber();
        List<String> earlier = editsInForce();
        Advisor.Refined r = advisor().refineNote(session.assessment(), number, instruction, session.options(), earlier);
        if (r.changed()) {
            remember(instruction);
        }
        session = session.withAssessment(r.assessment());
        edits = new Edits(number, session.note(number).map(dev.rapport.draft.Note::text).orElse(""), r.edits());
        if (r.changed()) {
            transcript.add(instruction, session);
        }
        return r;
    }

    /** Starts the conversation about the notes over, then drafts again in {@code style}. */
    public Drafting startOver(Style style, DraftListener listener, Cancellation cancel) {
        advisor().forgetConversation();
        return restyle(style, listener, cancel);
    }

    /** Makes a finished assessment the session's (keeping the picked note when it still exists). */
    public Session keep(Drafting assessed) {
        if (!assessed.cancelled()) {
            undoable.clear();
            session = session.withAssessment(assessed.assessment());
            assessedReason = reasonOf(session);
            transcript.add(null, session);
        }
        return session;
    }

    /**
     * True while a correction of fact holds ("it was 3 weeks ago, not 2"): the reason the notes are drafted from is no
     * longer the one the check read. Words a "mention …" added after it are no correction, and an "undo" of the
     * correction puts the reason back (a hand session was told "as you corrected it" after undoing the correction).
     */
    public boolean reasonCorrected() {
        String now = reasonOf(session);
        return !assessedReason.isEmpty() && !now.startsWith(assessedReason);
    }

    private static String reasonOf(Session s) {
        return s.assessment() == null || s.assessment().purpose() == null || s.assessment().purpose().text() == null ? ""
                : s.assessment().purpose().text().strip().toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
    }

    /** Makes the notes of a restyle or refinement the session's, in {@code style}; a step that gave no notes leaves it. */
    public Session keep(Drafting redrafted, Style style) {
        return keep(redrafted, style, "");
    }

    /** The same, and the whole session (for /save) remembers what asked for it: the user's words or the step. */
    public Session keep(Drafting redrafted, Style style, String request) {
        if (!redrafted.cancelled() && !redrafted.assessment().notes().isEmpty()) {
            remember(request);
            session = session.withStyle(style).withAssessment(redrafted.assessment());
            transcript.add(request == null ? "" : request, session);
        }
        return session;
    }

    private void remember(String request) {
        if (limitRemembered) {
            // the step of a new limit was remembered with the limit before it
            limitRemembered = false;
            return;
        }
        if (session.assessment() == null) {
            return;
        }
        undoable.addLast(new Before(session, edits, request == null ? "" : request));
        if (undoable.size() > UNDO_DEPTH) {
            undoable.removeFirst();
        }
    }

    /**
     * "undo": the notes, style, limit and edits as they were before the last change the user asked for (a refinement,
     * a restyle, a new limit); the words of that request, or empty when there is nothing to go back to.
     */
    public Optional<String> undo() {
        limitRemembered = false;
        Before before = undoable.pollLast();
        if (before == null) {
            return Optional.empty();
        }
        session = before.session();
        edits = before.edits();
        transcript.add("undo", session);
        return Optional.of(before.request());
    }

    /** Every assessment and refinement of this session, in order. */
    public java.util.List<Transcript.Round> transcript() {
        return transcript.rounds();
    }

    /** A question about the verdict or the notes, for the model in force; offline there is no answer. */
    public Answer ask(String question, Consumer<String> tokens, Cancellation cancel) {
        return advisor().ask(session.assessment(), session.options(), question, tokens, cancel);
    }

    /** Note {@code number} (1-based) becomes the picked one; empty when there is no such note. */
    public Optional<Note> pick(int number) {
        Optional<Note> note = session.note(number);
        note.ifPresent(n -> session = session.withPicked(number));
        return note;
    }

    /** The limit the account allows, as the settings gave it at the start (300, or 200 on a free account). */
    public int accountLimit() {
        return accountLimit;
    }

    /** A new limit as typed (the one rule of {@link NoteLimit}); true when there are notes to draft again for it. */
    public boolean limit(String typed) {
        int limit = NoteLimit.parse(typed);
        // "undo" after a new limit goes back to the notes and the limit before it, in one step
        limitRemembered = false;
        remember("/limit " + limit);
        session = session.withLimit(limit);
        Assessment a = session.assessment();
        boolean redraft = a != null && a.verdict().decision() == Decision.CONNECT;
        limitRemembered = redraft;
        return redraft;
    }

    /**
     * After a new limit: when the picked note carries the user's own refinements, every note is written
     * again from its plan for the new limit, so the edits stay; when that worked, the whole sentences the new
     * limit left out of the note (none is an empty list). Empty otherwise (no edits, or a note that no longer
     * fits or passes): the caller drafts again from the reason.
     */
    public Optional<List<String>> refitForLimit() {
        Assessment a = session.assessment();
        int number = pickedNumber();
        String current = session.note(number).map(dev.rapport.draft.Note::text).orElse("");
        if (a == null || editsInForce().isEmpty()) {
            return Optional.empty();
        }
        Optional<Assessment> refit = advisor().refit(a, session.options(), number);
        if (refit.isEmpty()) {
            return Optional.empty();
        }
        remember("/limit " + session.limit());
        // the edited note stays the picked one, wherever the notes the new limit left out have moved it
        dev.rapport.draft.NotePlan edited = a.notes().get(number - 1).plan();
        int at = refit.get().notes().stream().map(dev.rapport.draft.Note::plan).toList().indexOf(edited);
        number = at >= 0 ? at + 1 : 1;
        session = session.withAssessment(refit.get()).withPicked(number);
        edits = new Edits(number, session.note(number).map(dev.rapport.draft.Note::text).orElse(""), edits.instructions());
        transcript.add("/limit " + session.limit(), session);
        // what the new limit left out of the note is said, never dropped in silence (a hand session lost a promise so)
        // (the sign-off too: a hand session lost "Hannah" to a new limit without a word)
        return Optional.of(NoteText.leftOut(current, edits.text()));
    }

    /** The user's edits that hold for the picked note (empty when it is as drafted, or has been drafted again). */
    public List<String> editsInForce() {
        int number = pickedNumber();
        // the edits count only while the note is still the one they made
        String current = session.note(number).map(dev.rapport.draft.Note::text).orElse("");
        return edits.note() == number && edits.text().equals(current) ? edits.instructions() : List.of();
    }

    /** The number of the note the user picked, else the first. */
    private int pickedNumber() {
        return session.picked() > 0 ? session.picked() : 1;
    }

    /** Every note offered, in order (empty when there are none). */
    public List<String> noteTexts() {
        Assessment a = session.assessment();
        return a == null ? List.of() : a.notes().stream().map(dev.rapport.draft.Note::text).toList();
    }

    /** The number of the note in use: the picked one, else the first. */
    public int currentNumber() {
        return pickedNumber();
    }

    /** The picked note (else the first), if there are notes. */
    public Optional<String> currentNote() {
        Assessment a = session.assessment();
        if (a == null || a.notes().isEmpty()) {
            return Optional.empty();
        }
        int n = session.picked() >= 1 && session.picked() <= a.notes().size() ? session.picked() : 1;
        return Optional.of(a.notes().get(n - 1).text());
    }

    /** A critique of {@code text}, or of the current note when blank; empty when there is neither. */
    public Optional<NoteReview> critique(String text) {
        String note = text == null || text.isBlank() ? currentNote().orElse(null) : text;
        return note == null ? Optional.empty()
                : Optional.of(advisor().critique(note, session.me(), session.them(), session.currentWhy(), session.limit()));
    }

    /** /sent, /accepted, /log, /forget and the budget, over the advisor's own journal. */
    public Outreach outreach() {
        return Outreach.of(base.get());
    }

    // ---- the engine ----------------------------------------------------------------------------

    /** True when an LLM engine (not offline) is in force. */
    public boolean engineActive() {
        return config.engine().isRemote();
    }

    public EngineConfig engineConfig() {
        return config;
    }

    /**
     * Switches to engine {@code id} (and {@code model}, may be null): the start-up model and server
     * belong to the start-up engine, another engine gets its own defaults. An unknown name is a
     * one-line usage error and changes nothing.
     */
    public synchronized EngineConfig switchEngine(String id, String model) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        boolean same = Engine.byId(wanted).map(e -> e.id().equals(startFlags.engine() == null ? null
                : startFlags.engine().strip().toLowerCase(Locale.ROOT))).orElse(false);
        EngineFlags flags = same ? startFlags
                : new EngineFlags(wanted, null, null, startFlags.prompts(), startFlags.redact(), startFlags.evidence());
        if (model != null && !model.isBlank()) {
            flags = flags.withModel(model.strip());
        }
        EngineConfig next = engines.apply(flags);
        config = next;
        engine = null;
        advisor = null;
        return next;
    }

    /** Model calls and tokens in this session, over every engine used. */
    public Usage.Counts usage() {
        return usage.counts();
    }

    private LlmEngine engine(Advisor b) {
        LlmEngine e = engine;
        if (e == null) {
            e = Engines.open(config, Wiring.of(b.rules(), b.drafter()), usage);
            engine = e;
        }
        return e;
    }

    /** The engine names a user can switch to. */
    public static List<String> engineNames() {
        return List.of(Engine.ids().split("\\|"));
    }
}

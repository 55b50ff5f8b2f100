package dev.rapport.app;

import dev.rapport.draft.Answer;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftListener;
import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Drafter;
import dev.rapport.draft.Note;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.draft.Refinement;
import dev.rapport.draft.Refiner;
import dev.rapport.draft.Proposal;
import dev.rapport.draft.Suggestions;
import dev.rapport.draft.Vetting;
import dev.rapport.app.NoteReview.Rewrite;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.ConnectionJudge;
import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.InjectionScreen;
import dev.rapport.etiquette.Severity;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.language.Language;
import dev.rapport.profile.SourceFormat;
import dev.rapport.text.Sanitizer;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.etiquette.OutreachRules;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundFinder;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import dev.rapport.purpose.SalesAim;
import dev.rapport.purpose.WeighedEvidence;
import dev.rapport.llm.EvidenceResult;
import dev.rapport.llm.LlmEngine;
import dev.rapport.semantic.SemanticUses;
import dev.rapport.semantic.Semantics;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one facade that the command line, the REPL and batches share: profiles and a reason in, an
 * {@link Assessment} out. It owns the one gate: notes are drafted only when the verdict is connect
 * and the person has not already accepted; whatever drafter proposes them (plain, streamed or as a
 * refinement), only notes that pass every note-level rule and the limit leave this class, and they
 * are recorded in the outreach log as they leave.
 */
public final class Advisor {
    private final RuleSet rules;
    private final Drafter drafter;
    // Offline refinements edit a note's plan; they need the offline drafter whatever engine drafts.
    private final OfflineDrafter offline;
    private final Refiner refiner;
    private final Supplier<YearMonth> today;
    private final Supplier<LocalDate> date;
    private final OutreachLog log;
    private final ConnectionJudge judge;
    private final NoteRules noteRules;
    private final Suggestions suggestions = new Suggestions();
    private final Critic critic;
    private final Semantics semantics;
    /** The embedding-backed matchers, or null when embeddings are off (word matching only). */
    private final SemanticUses uses;
    /**
     * One-shot commands ask the model only where words are unsure (a reason with no recognisable
     * intent), and gate the offline drafter's own vetted phrasing by words: loading the model costs
     * about 1.5 s and 450 MB, which a quick `check` should not pay when it changes nothing.
     */
    private final boolean onlyWhenUnsure;
    /** Word matching only: gates the offline drafter's notes when {@link #onlyWhenUnsure}. */
    private final NoteRules wordRules;
    /** The sender when a note is critiqued without their profile: nobody in particular. */
    private static final Profile UNKNOWN = new Profile("", "", "", "", null, null, null, null, null, null,
            null, null, "", SourceFormat.PROSE);
    /** Drafting for a rewrite tries every angle, so that the one closest to the writer's own note can be kept. */
    private static final int REWRITE_VARIANTS = 5;

    /** An advisor without a journal: no history is read and nothing is recorded. */
    public Advisor(RuleSet rules, Drafter drafter, Supplier<YearMonth> today) {
        this(rules, drafter, () -> today.get().atDay(1), OutreachLog.NONE, today, Semantics.off(), false);
    }

    /**
     * An advisor that reads the user's outreach history from {@code log} (recent invitations, the
     * note budget) and records every check and note there. {@code date} is today's date.
     */
    public Advisor(RuleSet rules, Drafter drafter, Supplier<LocalDate> date, OutreachLog log) {
        this(rules, drafter, date, log, () -> YearMonth.from(date.get()), Semantics.off(), false);
    }

    /** The composition root's advisor: the offline drafter, history from and records to {@code log}. */
    public static Advisor offline(RuleSet rules, Supplier<LocalDate> date, OutreachLog log) {
        return new Advisor(rules, new OfflineDrafter(), date, log);
    }

    private Advisor(RuleSet rules, Drafter drafter, Supplier<LocalDate> date, OutreachLog log, Supplier<YearMonth> today,
                    Semantics semantics, boolean onlyWhenUnsure) {
        this.rules = rules;
        this.drafter = drafter;
        this.offline = drafter instanceof OfflineDrafter o ? o : new OfflineDrafter();
        this.refiner = new Refiner(offline, rules);
        this.today = today;
        this.date = date;
        this.log = log == null ? OutreachLog.NONE : log;
        this.judge = new ConnectionJudge(rules);
        this.semantics = semantics == null ? Semantics.off() : semantics;
        this.uses = this.semantics.status() == Semantics.Status.OFF ? null : this.semantics.uses();
        this.onlyWhenUnsure = onlyWhenUnsure;
        this.wordRules = new NoteRules(rules);
        this.noteRules = uses == null ? wordRules : new NoteRules(rules, uses);
        this.critic = new Critic(rules, noteRules);
    }

    /** The same drafter and clock over another rule set, e.g. the built-in one overlaid with a user's file. */
    public Advisor withRules(RuleSet other) {
        return new Advisor(other, drafter, date, log, today, semantics, onlyWhenUnsure);
    }

    public Critic critic() {
        return critic;
    }

    /** The same rules and clock with another drafter (e.g. an LLM engine), still over the same journal. */
    public Advisor withDrafter(Drafter other) {
        return new Advisor(rules, other, date, log, today, semantics, onlyWhenUnsure);
    }

    /**
     * The same rules and journal drafting with the engine {@code config} names: itself when it is
     * offline, else over the LLM adapter, which falls back to this advisor's (offline) drafter.
     */
    public Advisor withEngine(dev.rapport.llm.EngineConfig config) {
        if (!config.engine().isRemote()) {
            return this;
        }
        return withDrafter(dev.rapport.llm.Engines.open(config, dev.rapport.llm.Wiring.of(rules, drafter),
                new dev.rapport.llm.Usage()));
    }

    /** The same advisor with a session's embedding model, which loads on first use or through {@link #warmUp()}. */
    public Advisor withSemantics(Semantics other) {
        return new Advisor(rules, drafter, date, log, today, other, onlyWhenUnsure);
    }

    /**
     * The same advisor asking the model only where word matching is unsure (true: one-shot
     * commands), or wherever a use is enabled in semantic.yaml (false: the REPL, which loads the
     * model in the background anyway).
     */
    public Advisor withSemanticsOnlyWhenUnsure(boolean only) {
        return only == onlyWhenUnsure ? this : new Advisor(rules, drafter, date, log, today, semantics, only);
    }

    /** The same advisor with word matching only (for --no-embeddings). */
    public Advisor withoutEmbeddings() {
        return uses == null ? this : withSemantics(Semantics.off());
    }

    public Semantics semantics() {
        return semantics;
    }

    /** Starts loading the embedding model in the background and returns at once; the REPL calls it at start. */
    public void warmUp() {
        semantics.warmUp();
    }

    /** Today, as this advisor's clock has it (injected, so tests choose the day). */
    public LocalDate today() {
        return date.get();
    }

    public OutreachLog log() {
        return log;
    }

    /** This month's personalised notes against the free-account allowance, for a status line. */
    public NoteBudget noteBudget() {
        return log.budget(date.get());
    }

    public RuleSet rules() {
        return rules;
    }

    public NoteRules noteRules() {
        return noteRules;
    }

    public Drafter drafter() {
        return drafter;
    }

    /** Verdict, common ground and suggestions; no notes. Reads the history and records the check. */
    public Assessment check(Profile me, Profile them, String why) {
        LocalDate day = date.get();
        Assessment a = assess(me, them, why, log.history(them, day));
        log.recordCheck(a, day);
        return a;
    }

    /** A check plus gated notes when the verdict is connect; recorded with its notes. */
    public Assessment draft(Profile me, Profile them, String why, DraftOptions options) {
        return draft(me, them, why, options, Call.PLAIN, null, DraftListener.NONE, Cancellation.none()).assessment();
    }

    /** The same, the notes streamed to {@code listener} as the drafter writes them; {@code cancel} stops it, nothing recorded. */
    public Drafting draft(Profile me, Profile them, String why, DraftOptions options, DraftListener listener,
                          Cancellation cancel) {
        return draft(me, them, why, options, Call.STREAM, null, listener, cancel);
    }

    private Drafting draft(Profile me, Profile them, String why, DraftOptions options, Call call, String instruction,
                           DraftListener listener, Cancellation cancel) {
        LocalDate day = date.get();
        Assessment checked = assess(me, them, why, log.history(them, day));
        Drafting d = gate(checked, options, call, instruction, listener, cancel);
        if (!checked.notices().isEmpty()) {
            // what the check had to say (the model's evidence) comes before what the drafting said
            List<String> notices = new ArrayList<>(checked.notices());
            notices.addAll(d.assessment().notices());
            d = new Drafting(d.assessment().withNotes(d.assessment().notes(), notices), d.cancelled());
        }
        if (!d.cancelled()) {
            log.recordCheck(d.assessment(), day);
        }
        return d;
    }

    /** Drafts again for an existing check, e.g. after a refinement changed the style or the limit; records the notes. */
    public Assessment redraft(Assessment checked, DraftOptions options) {
        return again(checked, options, Call.PLAIN, null, DraftListener.NONE, Cancellation.none()).assessment();
    }

    /** The same, streamed and cancellable. */
    public Drafting redraft(Assessment checked, DraftOptions options, DraftListener listener, Cancellation cancel) {
        return again(checked, options, Call.STREAM, null, listener, cancel);
    }

    /** The notes rewritten as the user asked in their own words, through the same gate; records the notes. */
    public Drafting refine(Assessment checked, DraftOptions options, String instruction, DraftListener listener,
                           Cancellation cancel) {
        return again(checked, options, Call.REFINE, instruction, listener, cancel);
    }

    /**
     * What an offline refinement of one note did: the assessment with that note replaced (or as it
     * was), the report, and the user's accepted edits the note now carries (for a later correction of fact).
     */
    public record Refined(Assessment assessment, String report, boolean changed, boolean answer, List<String> edits) {
        public Refined {
            edits = edits == null ? List.of() : List.copyOf(edits);
        }

        public Refined(Assessment assessment, String report, boolean changed, boolean answer) {
            this(assessment, report, changed, answer, List.of());
        }
    }

    /**
     * Refines note {@code number} (1-based) offline by editing its plan as the instruction asks
     * ({@link Refiner}); the new note passes the same vetting as every draft and is recorded. Says
     * why when nothing changed.
     */
    public Refined refineNote(Assessment checked, int number, String instruction, DraftOptions options) {
        return refineNote(checked, number, instruction, options, List.of());
    }

    /** The same, knowing the user's earlier accepted edits of that note, which a correction of fact applies again. */
    public Refined refineNote(Assessment checked, int number, String instruction, DraftOptions options, List<String> earlier) {
        if (number < 1 || number > checked.notes().size() || checked.notes().get(number - 1).plan() == null) {
            return new Refined(checked, Messages.get("refine.no-plan"), false, false, earlier);
        }
        Refinement r = refiner.refine(checked.notes().get(number - 1).plan(), instruction, request(checked, options), earlier);
        Assessment corrected = new Assessment(checked.me(), checked.them(), r.purpose(), checked.commonGround(), checked.verdict(),
                checked.notes(), checked.suggestions(), checked.notices());
        if (Refiner.corrects(instruction) && r.purpose() != null && checked.purpose() != null
                && !r.purpose().text().equals(checked.purpose().text())) {
            // "it was two weeks ago": the reasons and advice quote the corrected fact too ("why?" had quoted "last week"
            // and advised sending within a week of it); the verdict itself is kept unless the check would decide the same
            Assessment again = assess(checked.me(), checked.them(), r.purpose().text(), log.history(checked.them(), date.get()));
            if (again.verdict().decision() == checked.verdict().decision()) {
                corrected = new Assessment(checked.me(), checked.them(), r.purpose(), again.commonGround(), again.verdict(),
                        checked.notes(), again.suggestions(), checked.notices());
            }
        }
        if (!r.changed() && !r.answer() && Refiner.corrects(instruction) && r.purpose() != null && checked.purpose() != null
                && !r.purpose().text().equals(checked.purpose().text())) {
            // The picked note did not rely on the old fact; the others may, and a corrected fact holds for every note offered.
            // A correction the refiner declined (the profiles date it otherwise) changed no fact, so no note is redrafted.
            List<Note> notes = followingCorrection(corrected, options, number, checked.notes().get(number - 1));
            if (!notes.stream().map(Note::text).toList().equals(checked.notes().stream().map(Note::text).toList())) {
                Assessment a = corrected.withNotes(notes, List.of());
                log.recordNotes(a, date.get());
                return new Refined(a, r.report() + " " + Messages.get("refine.others", number), true, false, r.edits());
            }
        }
        if (!r.changed()) {
            return new Refined(corrected, r.report(), false, r.answer(), earlier);
        }
        Optional<Note> written = offline.realise(r.plan(), request(corrected, options));
        if (written.isEmpty()) {
            return new Refined(checked, Messages.get("refine.too-long"), false, false, earlier);
        }
        List<String> problems = vetting(readAgain(corrected, checked.purpose()), options.limit()).problems(written.get().text());
        if (!problems.isEmpty()) {
            return new Refined(checked, Messages.get("refine.blocked", problems.get(0)), false, false, earlier);
        }
        List<Note> notes = new ArrayList<>(checked.notes());
        notes.set(number - 1, written.get());
        if (Refiner.corrects(instruction)) {
            // A corrected fact holds for every note offered, not only the one refined.
            notes = followingCorrection(corrected, options, number, written.get());
        }
        Assessment a = corrected.withNotes(notes, List.of());
        log.recordNotes(a, date.get());
        return new Refined(a, withTheNameSaid(r.report(), checked.notes().get(number - 1).text(), written.get().text(), checked.me()),
                true, false, r.edits());
    }

    /**
     * The report, saying so when the sender's name at the end went with the change and the report does not say it (a new user's
     * "dont mention long beach" spent the room on a longer line and left the note unsigned, unannounced).
     */
    private static String withTheNameSaid(String report, String before, String after, Profile me) {
        // (the one reading of a sign-off gone, Unsaid.unsigned, as a new limit's report uses; a valediction alone is not the name)
        return dev.rapport.draft.Unsaid.unsigned(before, after)
                .filter(name -> me != null && !me.firstName().isBlank() && name.startsWith(me.firstName()))
                .filter(name -> !report.contains("“" + name + "”") && !report.contains("“" + me.firstName() + "”"))
                .map(name -> report + " " + Messages.get("refine.unsigned", name))
                .orElse(report);
    }

    /**
     * The check with its reason read again when a refinement added the user's words to it ("mention that we have a
     * $10,000 sign-on bonus"), for the gate: those words are read for what they sell as critique reads a reason, so
     * that the gate and critique agree (a hand session saw the bonus shown as passing that critique called a pitch).
     * What the first reading found (a model's evidence, say) is kept.
     */
    private Assessment readAgain(Assessment refined, Purpose before) {
        Purpose now = refined.purpose();
        if (now == null || before == null || now.text().equals(before.text())) {
            return refined;
        }
        Purpose read = readPurpose(now.text(), refined.me(), refined.them());
        Set<Intent> intents = new HashSet<>(now.intents());
        intents.addAll(read.intents());
        List<String> offers = new ArrayList<>(now.offers());
        read.offers().stream().filter(o -> !offers.contains(o)).forEach(offers::add);
        Purpose both = new Purpose(now.text(), intents, now.people(), now.events(), now.posts(), offers, now.stated());
        return new Assessment(refined.me(), refined.them(), both, refined.commonGround(), refined.verdict(),
                refined.notes(), refined.suggestions(), refined.notices());
    }

    /**
     * The notes as they stand, each plan written again for a new limit (the composer leaves out what no
     * longer fits) and vetted by the gate; empty when a note has no plan, no longer fits or no longer passes.
     * A new limit keeps the user's refinements this way instead of drafting from the reason again.
     */
    public Optional<Assessment> refit(Assessment checked, DraftOptions options) {
        return refit(checked, options, 0);
    }

    /**
     * As {@link #refit(Assessment, DraftOptions)}, where only note {@code kept} (1-based; 0 for every note) must fit:
     * another note its plan cannot write within the new limit is left out rather than losing the user's edits to a
     * redraft (a hand session lost a mention, a tone and a picked variant to "/limit 200").
     */
    public Optional<Assessment> refit(Assessment checked, DraftOptions options, int kept) {
        if (checked == null || checked.notes().isEmpty()) {
            return Optional.empty();
        }
        Vetting vetting = vetting(checked, options.limit());
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < checked.notes().size(); i++) {
            Note n = checked.notes().get(i);
            Optional<Note> written = n.plan() == null ? Optional.empty() : offline.realiseKeepingThePoint(n.plan(), request(checked, options));
            if ((written.isEmpty() || !vetting.problems(written.get().text()).isEmpty()) && Sanitizer.length(n.text()) <= options.limit()
                    && vetting.problems(n.text()).isEmpty()) {
                // a higher limit the note already fits: it stays as it is (a new user's edited note, 197 of 200, was said not to
                // fit in 300 and was drafted again without the edits)
                written = Optional.of(n);
            }
            if (written.isEmpty() || !vetting.problems(written.get().text()).isEmpty()) {
                if (kept == 0 || kept == i + 1) {
                    return Optional.empty();
                }
                continue;
            }
            notes.add(written.get());
        }
        Assessment a = checked.withNotes(notes, List.of());
        log.recordNotes(a, date.get());
        return Optional.of(a);
    }

    /** The notes drafted again from the corrected purpose, through the same vetting, with the refined note kept at its place. */
    private List<Note> followingCorrection(Assessment corrected, DraftOptions options, int number, Note refined) {
        Vetting vetting = vetting(corrected, options.limit());
        List<Note> others = new ArrayList<>();
        for (Note n : offline.draft(request(corrected, options), vetting).notes()) {
            if (vetting.problems(n.text()).isEmpty() && !n.text().equals(refined.text()) && others.stream().noneMatch(o -> o.text().equals(n.text()))) {
                others.add(n);
            }
        }
        List<Note> notes = new ArrayList<>(others.subList(0, Math.min(others.size(), Math.max(0, corrected.notes().size() - 1))));
        notes.add(Math.min(number - 1, notes.size()), refined);
        return notes;
    }

    /**
     * For a batch, which reads the history itself ({@link #assess}) and records each row in its
     * chunk's transaction (with the target's URL and the batch's reason, so that a rerun resumes):
     * the notes for a check through the same gate, not recorded here.
     */
    public Assessment draftFor(Assessment checked, DraftOptions options) {
        return gate(checked, options, Call.PLAIN, null, DraftListener.NONE, Cancellation.none()).assessment();
    }

    /** A question about the verdict or the notes, answered by the drafter (a model) in plain text; nothing is recorded. */
    public Answer ask(Assessment checked, DraftOptions options, String question, java.util.function.Consumer<String> tokens,
                      Cancellation cancel) {
        return drafter.ask(request(checked, options), question, tokens, cancel);
    }

    /** The drafter forgets the conversation about the pair (new profiles, a new reason, /reset). */
    public void forgetConversation() {
        drafter.forget();
    }

    private Drafting again(Assessment checked, DraftOptions options, Call call, String instruction,
                           DraftListener listener, Cancellation cancel) {
        Drafting d = gate(checked, options, call, instruction, listener, cancel);
        if (!d.cancelled() && !d.assessment().notes().isEmpty()) {
            log.recordNotes(d.assessment(), date.get());
        }
        return d;
    }

    /**
     * The pure check: verdict, ground and suggestions for the history given; reads and records
     * nothing. Batches use it with a history they read themselves.
     */
    public Assessment assess(Profile me, Profile them, String why, OutreachHistory history) {
        // with an LLM engine, the model may add evidence; the rules weigh it (WeighedEvidence) and decide
        EvidenceResult asked = drafter instanceof LlmEngine engine ? engine.evidence(me, them, why) : EvidenceResult.NONE;
        return assess(me, them, readPurpose(why == null ? "" : why, me, them), asked, history);
    }

    private Assessment assess(Profile me, Profile them, Purpose read, EvidenceResult asked, OutreachHistory history) {
        WeighedEvidence weighed = WeighedEvidence.weigh(read, asked.evidence());
        Purpose purpose = weighed.purpose();
        List<CommonGround> ground = groundFinder().find(me, them, purpose);
        Verdict verdict = ModelEvidenceNote.add(judge.judge(me, them, purpose, ground, history, weighed.targetNegatives()),
                weighed);
        DraftRequest request = new DraftRequest(me, them, purpose, ground, verdict,
                DraftOptions.DEFAULT.limit(), DraftOptions.DEFAULT.variants(), DraftOptions.DEFAULT.style());
        List<String> advice = new ArrayList<>(historyAdvice(verdict));
        boolean waiting = verdict.reasons().stream().anyMatch(r -> r.rule().equals(OutreachRules.RECENT_INVITE));
        boolean connected = verdict.reasons().stream().anyMatch(r -> r.rule().equals(OutreachRules.FOLLOW_UP));
        if (!connected && (!waiting || verdict.decision() == Decision.DO_NOT_CONNECT)) {
            // the general follow-first advice assumes a stranger; someone already invited needs patience instead, and
            // someone who accepted is a connection: "follow them … invite later" beside "send a thank-you" contradicted it
            advice.addAll(suggestions.suggest(request));
        }
        return new Assessment(me, them, purpose, ground, verdict, List.of(), advice, asked.notices());
    }

    private enum Call { PLAIN, STREAM, REFINE }

    /**
     * The one gate: connect and not already connected, then the drafter (plain, streamed or
     * refining), then every note through the note rules and the limit. Records nothing itself.
     */
    private Drafting gate(Assessment checked, DraftOptions options, Call call, String instruction,
                          DraftListener listener, Cancellation cancel) {
        if (checked.verdict().decision() != Decision.CONNECT || alreadyConnected(checked)) {
            return new Drafting(checked.withNotes(List.of(), List.of()), false);
        }
        DraftRequest request = request(checked, options);
        Vetting vetting = new VettedOnce(vetting(checked, options.limit()));
        Proposal proposed = switch (call) {
            case PLAIN -> drafter.draft(request, vetting);
            case STREAM -> drafter.stream(request, vetting, listener, cancel);
            case REFINE -> drafter.refine(request, instruction, vetting, listener, cancel);
        };
        if (proposed.cancelled()) {
            return new Drafting(checked.withNotes(checked.notes(), proposed.notices()), true);
        }
        List<Note> shown = new ArrayList<>();
        int heldBack = 0;
        for (Note note : proposed.notes()) {
            if (vetting.problems(note.text()).isEmpty()) {
                shown.add(Note.of(note.text(), note.angle(), note.plan()));
            } else {
                heldBack++;
            }
        }
        List<String> notices = new ArrayList<>(proposed.notices());
        if (heldBack > 0) {
            notices.add(Messages.get("gate.held-back", heldBack, proposed.fellBack() ? "offline" : drafter.name()));
        }
        return new Drafting(checked.withNotes(shown, notices), false);
    }

    /**
     * What is wrong with a note for this check: over the limit, repeating what only an
     * instruction-like passage of a profile says, or breaking a note rule (warnings and errors).
     */
    private Vetting vetting(Assessment checked, int limit) {
        NoteContext context = contextFor(checked, limit);
        NoteRules gateRules = onlyWhenUnsure && drafter instanceof OfflineDrafter ? wordRules : noteRules;
        String trusted = checked.purpose().text() + "\n" + String.join("\n",
                checked.commonGround().stream().map(g -> g.detail() + " " + g.subject()).toList());
        InjectionScreen screen = InjectionScreen.of(List.of(checked.me(), checked.them()), trusted);
        return note -> {
            List<String> out = new ArrayList<>();
            for (String echo : screen.echoes(note)) {
                out.add(Messages.get("gate.reason", "injection", Messages.get("gate.injection", echo)));
            }
            List<Finding> findings = new ArrayList<>(gateRules.overLimit(note, context));
            findings.addAll(gateRules.check(note, context));
            for (Finding f : findings) {
                if (f.severity() != Severity.INFO) {
                    String fix = f.fix() == null || f.fix().isBlank() ? "" : Messages.get("gate.fix", f.fix());
                    String line = Messages.get("gate.reason", f.rule(), f.message() + fix);
                    if (!out.contains(line)) {
                        out.add(line);
                    }
                }
            }
            return out;
        };
    }

    private static DraftRequest request(Assessment checked, DraftOptions options) {
        return new DraftRequest(checked.me(), checked.them(), checked.purpose(), checked.commonGround(),
                checked.verdict(), options.limit(), options.variants(), options.style());
    }

    /** An accepted invitation: there is nothing to draft, only a thank-you to write. */
    public static boolean alreadyConnected(Assessment a) {
        return a.verdict().reasons().stream().anyMatch(r -> r.rule().equals(OutreachRules.FOLLOW_UP));
    }

    private static List<String> historyAdvice(Verdict verdict) {
        List<String> out = new ArrayList<>();
        for (Reason r : verdict.reasons()) {
            if (r.rule().equals(OutreachRules.FOLLOW_UP)) {
                out.add(Messages.get("advice.follow-up"));
            } else if (r.rule().equals(OutreachRules.RECENT_INVITE)) {
                out.add(Messages.get("advice.recent-invite"));
            } else if (r.rule().equals(OutreachRules.NOTE_BUDGET)) {
                out.add(Messages.get("advice.note-budget"));
            }
        }
        return out;
    }

    public NoteContext contextFor(Assessment checked, int limit) {
        return new NoteContext(checked.me(), checked.them(), checked.purpose(), checked.commonGround(), limit);
    }

    /**
     * Critiques a note someone wrote. {@code me}, {@code them} and {@code why} may be null or blank;
     * with the recipient known, the recipient-aware rules apply and the rewrite is a gated draft that
     * leads with the shared context closest to what the writer said. {@code limit} 0 means the rule
     * set's default.
     */
    public NoteReview critique(String note, Profile me, Profile them, String why, int limit) {
        String text = Sanitizer.clean(note == null ? "" : note).strip();
        int lim = limit > 0 ? limit : rules.defaultLimit();
        String reason = why == null ? "" : why.strip();
        Purpose purpose = readPurpose(reason, me, them);
        List<CommonGround> ground = them == null ? List.of()
                : groundFinder().find(me == null ? UNKNOWN : me, them, purpose);
        NoteContext context = new NoteContext(me, them, purpose, ground, lim);
        Critique c = critic.critique(text, context);
        if (c.verdict() == NoteVerdict.SEND) {
            return new NoteReview(text, c, text, Rewrite.UNCHANGED, lim,
                    them == null ? List.of() : invitationHeldBack(me == null ? UNKNOWN : me, them,
                            !reason.isEmpty() ? purpose : readPurpose(asReason(text, me), me, them), reason.isEmpty()));
        }
        if (c.unread()) {
            return new NoteReview(text, c, text, Rewrite.UNREAD, lim, List.of());
        }
        List<String> notices = new ArrayList<>();
        if (them != null) {
            // The writer's note says what they are after; a claimed shared past it makes is not evidence.
            boolean claims = c.findings().stream().anyMatch(f -> f.rule().equals("false-familiarity"));
            String draftWhy = !reason.isEmpty() ? reason : claims ? "" : unplacedMeetingsLeftOut(asReason(text, me), me, them);
            Assessment drafted = draft(me == null ? UNKNOWN : me, them, draftWhy,
                    new DraftOptions(lim, REWRITE_VARIANTS, Style.DEFAULT));
            List<Note> passing = drafted.notes().stream()
                    .filter(n -> NoteVerdict.of(critic.critique(n.text(), context).findings()) == NoteVerdict.SEND)
                    .toList();
            if (!passing.isEmpty()) {
                return new NoteReview(text, c, closestTo(text, passing, drafted.commonGround()).text(),
                        Rewrite.DRAFTED, lim, List.of());
            }
            // (with no reason given, the note is the only word of how the two know each other: a trainer who critiqued three
            // notes to one person saw three verdicts and was not told why)
            notices.add(Messages.get(reason.isEmpty() ? "critique.no-draft.note" : "critique.no-draft", drafted.verdict().decision().id()));
        }
        return new NoteReview(text, c, c.repaired(), Rewrite.REPAIRED, lim, notices);
    }

    /**
     * A well-written note to someone the rules say not to invite yet is still no invitation to send: a trainer's
     * "good to send" must not contradict the check. Reads and records nothing, and asks no model: the critique has
     * read the purpose already.
     */
    private List<String> invitationHeldBack(Profile me, Profile them, Purpose purpose, boolean fromTheNote) {
        Verdict verdict = assess(me, them, purpose, EvidenceResult.NONE, OutreachHistory.none(date.get())).verdict();
        if (verdict.decision() == Decision.CONNECT) {
            return List.of();
        }
        String because = verdict.reasons().stream().filter(r -> r.severity() != Severity.INFO)
                .map(Reason::message).findFirst().orElse("");
        // (do-not-connect is no "not yet": an SDR read "not warranted yet" as a matter of waiting)
        String key = (fromTheNote ? "critique.invitation-held.note" : "critique.invitation-held")
                + (verdict.decision() == dev.rapport.etiquette.Decision.DO_NOT_CONNECT ? ".never" : "");
        return List.of(Messages.get(key, verdict.decision().id(), because).strip());
    }

    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "(?i)^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\\b[^,.!:\\n—–]{0,40}[,.!:—–]\\s*");
    /**
     * A writer's note read as the reason for a rewrite: without its "Hi Rania," and its signature, which would
     * otherwise be read as words about the recipient ("Hello you, …").
     */
    static String asReason(String note, Profile me) {
        String body = OPENING.matcher(note).replaceFirst("");
        java.util.regex.Matcher end = dev.rapport.text.SignOff.trailing().matcher(body);
        String first = me == null || me.name() == null ? "" : me.name().strip().split("\\s+")[0];
        if (end.find() && !first.isEmpty() && end.group(1).equalsIgnoreCase(first)) {
            body = body.substring(0, end.start());
        }
        return body.isBlank() ? note : body.strip();
    }

    /**
     * A note read as the reason for a rewrite "drafted from what you share": a sentence in it that says the two met at
     * an event neither profile names ("it was great meeting you at the HR Tech Summit", in a note greeting someone else)
     * is no evidence, so it is left out; the user's own --why would be taken on their word.
     */
    static String unplacedMeetingsLeftOut(String note, Profile me, Profile them) {
        List<String> kept = new ArrayList<>();
        List<String> sentences = Language.english().sentenceTexts(note);
        for (String sentence : sentences) {
            List<String> events = PurposeReader.read(sentence).events();
            boolean placed = events.stream().anyMatch(e -> java.util.stream.Stream.of(me, them).filter(java.util.Objects::nonNull)
                    .anyMatch(p -> dev.rapport.text.Words.containsWord(p.searchableText(), e)));
            if (events.isEmpty() || placed) {
                kept.add(sentence);
            }
        }
        return kept.size() == sentences.size() ? note : String.join(" ", kept);
    }

    /** The draft whose angle names something the writer already mentioned, else the strongest. */
    private static Note closestTo(String original, List<Note> notes, List<CommonGround> ground) {
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        for (Note n : notes) {
            boolean mentioned = ground.stream().filter(g -> g.kind().id().equals(n.angle()))
                    .map(g -> g.subject().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(s -> !s.isBlank() && lower.contains(s));
            if (mentioned) {
                return n;
            }
        }
        return notes.get(0);
    }

    /** The reason read for its purpose, with the pair's names typed in lower case spelled as names ("lindqvist supervised my thesis"). */
    private Purpose readPurpose(String typed, Profile me, Profile them) {
        List<String> names = java.util.stream.Stream.of(me, them).filter(java.util.Objects::nonNull).map(Profile::name).toList();
        // (not the skills: a skills list writes each in title case, "Cold Chain", and a new user's "cold chain" was written so in
        // his note and in the quote of his own reason)
        List<String> texts = java.util.stream.Stream.of(me, them).filter(java.util.Objects::nonNull).map(Advisor::withoutSkills).toList();
        String why = dev.rapport.language.TypedNames.institutionsNamed(dev.rapport.language.TypedNames.phrasesAsProfiles(
                dev.rapport.language.TypedNames.spelledAsProfiles(dev.rapport.language.TypedNames.capitalised(typed, names), texts), texts));
        // "the Engineering Manager, Platform role": a title's own comma is no break in the reason ("I applied for the Engineering
        // Manager." was written)
        why = TITLE_COMMA.matcher(why).replaceAll("$1 ($2) $3");
        List<String> own = me == null ? List.of() : me.currentPosition().filter(p -> p.dates().isCurrent())
                .map(p -> List.of(p.company())).orElse(List.of());
        return theyNeedWhatIDo(hirerNotSeeker(workedForThem(withoutTheReferrersTies(notTheirOwnReferrer(SalesAim.withOwnOffer(readPurpose(why), own), them),
                them), them), me), me);
    }

    // "Courtney needs a freelance copywriter", "she's looking for a grant writer": what the recipient needs, by its head noun
    private static final java.util.regex.Pattern THEY_NEED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:he|she|they|(?-i:\\p{Lu}\\p{Ll}+))(?: really| urgently)? (?:needs|need|wants|is looking for|'s looking for|are looking for"
            + "|is after|is hiring|'s hiring|are hiring) (?:a|an|some)(?: new| good| reliable| freelance| part-time| contract)* ([\\p{L}-]+)");

    /**
     * "Dana said Courtney needs a freelance copywriter": the recipient needs what the sender, by their own title, does, so the
     * sender is the one offering to do it, not hiring (a freelancer's note asked Courtney whether "a role like that" interested her).
     */
    private static Purpose theyNeedWhatIDo(Purpose p, Profile me) {
        if (me == null || !p.has(Intent.HIRING) || p.has(Intent.JOB_SEEKING)) {
            return p;
        }
        java.util.regex.Matcher m = THEY_NEED.matcher(p.text());
        String mine = dev.rapport.text.Words.fold(me.headline() + " " + me.currentPosition().map(x -> x.title()).orElse(""));
        if (!m.find() || !dev.rapport.text.Words.containsWord(mine, dev.rapport.text.Words.fold(m.group(1)))) {
            return p;
        }
        java.util.Set<Intent> intents = java.util.EnumSet.noneOf(Intent.class);
        intents.addAll(p.intents());
        intents.remove(Intent.HIRING);
        intents.add(Intent.JOB_SEEKING);
        return new Purpose(p.text(), intents, p.people(), p.events(), p.posts(), p.offers(), p.stated());
    }

    private static final java.util.regex.Pattern TITLE_COMMA = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}&-]*(?: \\p{Lu}[\\p{L}&-]*){0,4}), (\\p{Lu}[\\p{L}&-]*(?: \\p{Lu}[\\p{L}&-]*){0,2}) (role|position|job|opening|vacancy|post)\\b");

    /** A recruiter's shorthand read as job seeking is the recruiter hiring ({@link dev.rapport.etiquette.SenderSide}). */
    private Purpose hirerNotSeeker(Purpose p, Profile me) {
        if (!dev.rapport.etiquette.SenderSide.hirerReadAsSeeker(rules, me, p)) {
            return p;
        }
        java.util.Set<Intent> intents = java.util.EnumSet.noneOf(Intent.class);
        intents.addAll(p.intents());
        intents.remove(Intent.JOB_SEEKING);
        intents.add(Intent.HIRING);
        return new Purpose(p.text(), intents, p.people(), p.events(), p.posts(), p.offers(), p.stated());
    }

    /**
     * The profile's text without the lines that are only one of its skills, and without its job titles: a title is written in
     * title case ("Freelance Copywriter") and is no name (a freelancer's "needs a freelance copywriter" was capitalised so).
     */
    private static String withoutSkills(Profile p) {
        java.util.Set<String> skills = new java.util.HashSet<>(p.skills());
        java.util.List<String> titles = p.positions().stream().map(x -> x.title().strip()).filter(t -> t.length() > 2).distinct().toList();
        return p.searchableText().lines().filter(l -> !skills.contains(l.strip()) && !titles.contains(l.strip()))
                .map(l -> {
                    String line = l;
                    for (String t : titles) {
                        line = line.replace(t, " ");
                    }
                    return line;
                })
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * "My old boss at Lone Star Freight, Mike Reyes, …": a tie the sentence gives the referrer, by name, is the sender's tie
     * to the referrer, not to the recipient (a new user's was counted as having worked with the recipient).
     */
    private static Purpose withoutTheReferrersTies(Purpose p, Profile them) {
        if (p.people().isEmpty() || p.stated().isEmpty()) {
            return p;
        }
        String first = them == null ? "" : them.firstName();
        List<Purpose.StatedRelationship> kept = p.stated().stream().filter(r -> p.people().stream().noneMatch(n -> dev.rapport.text.Words.containsWord(r.sentence(), n))
                || !referrerAlone(r.sentence(), p.people()) && (dev.rapport.text.Words.containsWord(r.sentence(), "you")
                || !first.isBlank() && dev.rapport.text.Words.containsWord(r.sentence(), first))).toList();
        return kept.size() == p.stated().size() ? p : new Purpose(p.text(), p.intents(), p.people(), p.events(), p.posts(), p.offers(), kept);
    }

    /**
     * "Magnus Ek, our front office manager, worked a shift with Elina at Arlanda": the referrer is the sentence's subject and the
     * sender takes no part in it (no "I", "we", "me" or "us"), so the tie is the referrer's with the recipient (a new user's
     * was counted as the sender's own work with her).
     */
    private static final java.util.regex.Pattern SENDER_TAKES_PART =
            java.util.regex.Pattern.compile("\\b(?:i|i'm|i've|we|we're|me|us|my colleague and i)\\b");

    private static boolean referrerAlone(String sentence, List<String> people) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        boolean senderIn = SENDER_TAKES_PART.matcher(lower).find();
        return !senderIn && people.stream().anyMatch(n -> lower.startsWith(n.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "My old boss at Lone Star Freight, Mike Reyes, worked with Canda and said I should reach out": the reader took the name
     * before "and said" for the referrer, and the recipient was told to expect her own introduction (a new user's). The
     * recipient is nobody's referrer here; the referrer is read again with the recipient's name said as "you".
     */
    private Purpose notTheirOwnReferrer(Purpose p, Profile them) {
        if (them == null || them.firstName().isBlank() || p.people().isEmpty()) {
            return p;
        }
        // (or by the surname: "Prof de Kreuk … said I can connect" made "Kreuk" the referrer of Merle de Kreuk, a student's note)
        java.util.function.Predicate<String> isThem = n -> n.equalsIgnoreCase(them.name()) || n.split("\\s+")[0].equalsIgnoreCase(them.firstName())
                || !n.contains(" ") && n.length() > 2 && them.name().toLowerCase(java.util.Locale.ROOT).endsWith(" " + n.toLowerCase(java.util.Locale.ROOT));
        if (p.people().stream().noneMatch(isThem)) {
            return p;
        }
        List<String> others = new ArrayList<>(p.people().stream().filter(isThem.negate()).toList());
        if (others.isEmpty()) {
            String asYou = p.text().replaceAll("(?<![\\p{L}])" + java.util.regex.Pattern.quote(them.firstName()) + "(?![\\p{L}])", "you");
            for (String n : p.people().stream().filter(isThem).toList()) {
                asYou = asYou.replaceAll("(?i)(?<![\\p{L}])(?:(?:prof|dr|professor|doctor)\\.?\\s+)?(?:(?:de|van|von|da|di|le|la|der|den)\\s+)*"
                        + java.util.regex.Pattern.quote(n) + "(?![\\p{L}])", "you");
            }
            // (never an event's name: "TU Delft online Master Event … said I can connect" is no referrer)
            others.addAll(readPurpose(asYou).people().stream().filter(isThem.negate())
                    .filter(n -> !n.matches("(?i).*\\b(?:event|summit|conference|webinar|meetup|fair|expo|forum|day|week|festival|school)$")).toList());
        }
        // (what the sender states is read again: a meeting with the recipient is no longer one with "the referrer")
        return PurposeReader.restated(p, others);
    }

    /**
     * "I worked for Tom on the Hinds farm": the reason's reader does not know the recipient's name, so "worked for" a name
     * may be an employer; here, where the name is known, working for or under the recipient is a shared past on the
     * user's word (a second new user's former farm worker got "no shared history").
     */
    private static final java.util.regex.Pattern HELPED_AT_THEIRS = java.util.regex.Pattern.compile(
            "(?i)(?<![^.!?])[^.!?]*\\bI (?:help|helped|volunteer|volunteered)(?: out)? (?:at|in) (?:her|his|their) [^.!?]*");
    // "i help at the women in construction meetings every month, want to thank martina for organise it": what the sender helps
    // at is the recipient's when the reason credits them with running it (a helper's union volunteer got follow-first)
    private static final java.util.regex.Pattern HELPED_AT = java.util.regex.Pattern.compile(
            "(?i)(?<![^.!?])[^.!?]*\\bI (?:help|helped|volunteer|volunteered)(?: out)? (?:at|in|with) the [^.!?]*");
    private static final java.util.regex.Pattern THEY_RUN_IT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:for (?:organi[sz]\\w*|running|hosting|leading|setting up) (?:it|them|these|those)"
            + "|(?:she|he|they) (?:organi[sz]es|organi[sz]ed|runs|ran|hosts|hosted|leads|led|started|set up) (?:it|them|these|those)\\b)");

    private static Purpose workedForThem(Purpose p, Profile them) {
        if (them == null || them.firstName().isBlank() || p.stated().stream().anyMatch(r -> r.kind().equals("worked-together"))) {
            return p;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(?<![^.!?])[^.!?]*\\bworked (?:for|under|alongside) "
                + java.util.regex.Pattern.quote(them.firstName()) + "\\b[^.!?]*").matcher(p.text());
        // "I help at her Women in Construction meetings": helping at what the recipient runs is time spent together (a second
        // new user's union volunteer got "no shared history"; "I help small businesses" names nothing of theirs)
        java.util.regex.Pattern helpedAt = !HELPED_AT_THEIRS.matcher(p.text()).find() && THEY_RUN_IT.matcher(p.text()).find()
                ? HELPED_AT : HELPED_AT_THEIRS;
        java.util.regex.Matcher helped = helpedAt.matcher(p.text());
        String kind = m.find() ? "worked-together" : helped.find() ? "volunteered-together" : "";
        if (kind.isEmpty() || p.stated().stream().anyMatch(r -> r.kind().equals(kind))) {
            return p;
        }
        List<Purpose.StatedRelationship> stated = new ArrayList<>(p.stated());
        stated.add(new Purpose.StatedRelationship(kind, (kind.equals("worked-together") ? m.group() : helped.group()).strip()));
        return new Purpose(p.text(), p.intents(), p.people(), p.events(), p.posts(), p.offers(), stated);
    }

    /** The reason read by words, or with the embeddings when they are in use (and, if so set, only when the words find no intent). */
    private Purpose readPurpose(String why) {
        if (uses == null) {
            return PurposeReader.read(why);
        }
        if (onlyWhenUnsure) {
            Purpose byWords = PurposeReader.read(why);
            if (!byWords.intents().isEmpty() || why.isBlank()) {
                return byWords;
            }
        }
        return PurposeReader.read(why, uses);
    }

    private GroundFinder groundFinder() {
        return uses == null ? new GroundFinder(today.get()) : new GroundFinder(today.get(), uses);
    }
}

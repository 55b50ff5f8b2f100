package dev.rapport.app;

import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Drafter;
import dev.rapport.draft.Note;
import dev.rapport.draft.Suggestions;
import dev.rapport.etiquette.ConnectionJudge;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundFinder;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import dev.rapport.semantic.Semantics;
import dev.rapport.semantic.SemanticUses;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one facade that the command line and the REPL share: profiles and a reason in, an
 * {@link Assessment} out. It owns the gate: whatever drafter proposes notes, only notes that pass
 * every note-level rule and the limit leave this class.
 */
public final class Advisor {
    private final RuleSet rules;
    private final Drafter drafter;
    private final Supplier<YearMonth> today;
    private final ConnectionJudge judge;
    private final NoteRules noteRules;
    private final Suggestions suggestions = new Suggestions();
    private final Semantics semantics;
    private final SemanticUses uses;

    /** Without embeddings: word matching only. */
    public Advisor(RuleSet rules, Drafter drafter, Supplier<YearMonth> today) {
        this(rules, drafter, today, Semantics.off());
    }

    /** With a session's embedding model, which loads on first use (or earlier, through {@link #warmUp()}). */
    public Advisor(RuleSet rules, Drafter drafter, Supplier<YearMonth> today, Semantics semantics) {
        this.rules = rules;
        this.drafter = drafter;
        this.today = today;
        this.semantics = semantics == null ? Semantics.off() : semantics;
        this.uses = this.semantics.status() == Semantics.Status.OFF ? null : this.semantics.uses();
        this.judge = new ConnectionJudge(rules);
        this.noteRules = uses == null ? new NoteRules(rules) : new NoteRules(rules, uses);
    }

    public Semantics semantics() {
        return semantics;
    }

    /** Starts loading the embedding model in the background and returns at once; the REPL calls it at start. */
    public void warmUp() {
        semantics.warmUp();
    }

    /** The same advisor with word matching only (for --no-embeddings). */
    public Advisor withoutEmbeddings() {
        return uses == null ? this : new Advisor(rules, drafter, today, Semantics.off());
    }

    /** The same rules and embeddings over another drafter (e.g. an LLM engine). */
    public Advisor withDrafter(Drafter other) {
        return new Advisor(rules, other, today, semantics);
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

    /** Verdict, common ground and suggestions; no notes. */
    public Assessment check(Profile me, Profile them, String why) {
        Purpose purpose = uses == null ? PurposeReader.read(why == null ? "" : why) : PurposeReader.read(why == null ? "" : why, uses);
        GroundFinder finder = uses == null ? new GroundFinder(today.get()) : new GroundFinder(today.get(), uses);
        List<CommonGround> ground = finder.find(me, them, purpose);
        Verdict verdict = judge.judge(me, them, purpose, ground);
        DraftRequest request = new DraftRequest(me, them, purpose, ground, verdict,
                DraftOptions.DEFAULT.limit(), DraftOptions.DEFAULT.variants(), DraftOptions.DEFAULT.style());
        return new Assessment(me, them, purpose, ground, verdict, List.of(), suggestions.suggest(request), List.of());
    }

    /** A check plus gated notes when the verdict is connect. */
    public Assessment draft(Profile me, Profile them, String why, DraftOptions options) {
        return redraft(check(me, them, why), options);
    }

    /** Drafts again for an existing check, e.g. after a refinement changed the style or the limit. */
    public Assessment redraft(Assessment checked, DraftOptions options) {
        if (checked.verdict().decision() != Decision.CONNECT) {
            return checked.withNotes(List.of(), List.of());
        }
        DraftRequest request = new DraftRequest(checked.me(), checked.them(), checked.purpose(),
                checked.commonGround(), checked.verdict(), options.limit(), options.variants(), options.style());
        List<Note> proposed = drafter.draft(request);
        NoteContext context = contextFor(checked, options.limit());
        List<Note> shown = new ArrayList<>();
        int heldBack = 0;
        for (Note note : proposed) {
            if (noteRules.passes(note.text(), context)) {
                shown.add(Note.of(note.text(), note.angle()));
            } else {
                heldBack++;
            }
        }
        List<String> notices = heldBack == 0 ? List.of()
                : List.of(Messages.get("gate.held-back", heldBack, drafter.name()));
        return checked.withNotes(shown, notices);
    }

    public NoteContext contextFor(Assessment checked, int limit) {
        return new NoteContext(checked.me(), checked.them(), checked.purpose(), checked.commonGround(), limit);
    }
}

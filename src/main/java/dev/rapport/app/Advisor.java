package dev.rapport.app;

import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Drafter;
import dev.rapport.draft.Note;
import dev.rapport.draft.Suggestions;
import dev.rapport.app.NoteReview.Rewrite;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.ConnectionJudge;
import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.profile.SourceFormat;
import dev.rapport.text.Sanitizer;
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
    private final Critic critic;
    /** The sender when a note is critiqued without their profile: nobody in particular. */
    private static final Profile UNKNOWN = new Profile("", "", "", "", null, null, null, null, null, null,
            null, null, "", SourceFormat.PROSE);
    /** Drafting for a rewrite tries every angle, so that the one closest to the writer's own note can be kept. */
    private static final int REWRITE_VARIANTS = 5;

    public Advisor(RuleSet rules, Drafter drafter, Supplier<YearMonth> today) {
        this.rules = rules;
        this.drafter = drafter;
        this.today = today;
        this.judge = new ConnectionJudge(rules);
        this.noteRules = new NoteRules(rules);
        this.critic = new Critic(rules);
    }

    /** The same drafter and clock over another rule set, e.g. the built-in one overlaid with a user's file. */
    public Advisor withRules(RuleSet other) {
        return new Advisor(other, drafter, today);
    }

    public Critic critic() {
        return critic;
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
        Purpose purpose = PurposeReader.read(why == null ? "" : why);
        List<CommonGround> ground = new GroundFinder(today.get()).find(me, them, purpose);
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
        Purpose purpose = PurposeReader.read(reason);
        List<CommonGround> ground = them == null ? List.of()
                : new GroundFinder(today.get()).find(me == null ? UNKNOWN : me, them, purpose);
        NoteContext context = new NoteContext(me, them, purpose, ground, lim);
        Critique c = critic.critique(text, context);
        if (c.verdict() == NoteVerdict.SEND) {
            return new NoteReview(text, c, text, Rewrite.UNCHANGED, lim, List.of());
        }
        List<String> notices = new ArrayList<>();
        if (them != null) {
            // The writer's note says what they are after; a claimed shared past it makes is not evidence.
            boolean claims = c.findings().stream().anyMatch(f -> f.rule().equals("false-familiarity"));
            String draftWhy = !reason.isEmpty() ? reason : claims ? "" : text;
            Assessment drafted = draft(me == null ? UNKNOWN : me, them, draftWhy,
                    new DraftOptions(lim, REWRITE_VARIANTS, Style.DEFAULT));
            List<Note> passing = drafted.notes().stream()
                    .filter(n -> NoteVerdict.of(critic.critique(n.text(), context).findings()) == NoteVerdict.SEND)
                    .toList();
            if (!passing.isEmpty()) {
                return new NoteReview(text, c, closestTo(text, passing, drafted.commonGround()).text(),
                        Rewrite.DRAFTED, lim, List.of());
            }
            notices.add(Messages.get("critique.no-draft", drafted.verdict().decision().id()));
        }
        return new NoteReview(text, c, c.repaired(), Rewrite.REPAIRED, lim, notices);
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
}

package dev.rapport.app;

import dev.rapport.draft.Note;
import dev.rapport.draft.Style;
import dev.rapport.profile.Profile;
import java.util.Optional;

/**
 * What the conversation holds: both profiles, the reason, the limit, the style the user refined
 * the note to, the last assessment and the note they picked (1-based). Immutable, so a cancelled or
 * failed step simply keeps the previous session and nothing loaded is lost.
 */
public record Session(Profile me, Profile them, String why, int limit, Style style, Assessment assessment, int picked) {

    public static final Session EMPTY = new Session(null, null, null, DraftOptions.PREMIUM_LIMIT, Style.DEFAULT, null, 0);

    public Session {
        style = style == null ? Style.DEFAULT : style;
    }

    /**
     * The reason as a correction left it ("it was yesterday, not last week" puts the reason right), else as typed: what /why
     * shows and what a critique in the session is read against (a note saying "yesterday" was graded false-time against the
     * reason as first typed).
     */
    public String currentWhy() {
        if (assessment == null || assessment.purpose() == null || why == null) {
            return why;
        }
        String text = assessment.purpose().text();
        return text == null || text.isBlank() ? why : text;
    }

    public Session withMe(Profile p) {
        return new Session(p, them, why, limit, style, null, 0);
    }

    public Session withThem(Profile p) {
        return new Session(me, p, why, limit, style, null, 0);
    }

    public Session withWhy(String w) {
        return new Session(me, them, w, limit, style, null, 0);
    }

    public Session withLimit(int l) {
        return new Session(me, them, why, l, style, assessment, picked);
    }

    public Session withStyle(Style s) {
        return new Session(me, them, why, limit, s, assessment, picked);
    }

    /** A new assessment keeps the picked variant when it still exists. */
    public Session withAssessment(Assessment a) {
        int count = a == null ? 0 : a.notes().size();
        int p = count == 0 ? 0 : picked >= 1 && picked <= count ? picked : 1;
        return new Session(me, them, why, limit, style, a, p);
    }

    public Session withPicked(int n) {
        return new Session(me, them, why, limit, style, assessment, n);
    }

    /** Everything needed for a verdict is there. */
    public boolean ready() {
        return me != null && them != null && why != null;
    }

    public DraftOptions options() {
        return new DraftOptions(limit, DraftOptions.DEFAULT.variants(), style);
    }

    public Optional<Note> note(int number) {
        if (assessment == null || number < 1 || number > assessment.notes().size()) {
            return Optional.empty();
        }
        return Optional.of(assessment.notes().get(number - 1));
    }

    public int noteCount() {
        return assessment == null ? 0 : assessment.notes().size();
    }
}

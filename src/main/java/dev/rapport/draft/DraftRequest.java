package dev.rapport.draft;

import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.List;

/** Everything a drafter needs; {@code ground} is ordered strongest first. */
public record DraftRequest(Profile me, Profile them, Purpose purpose, List<CommonGround> ground,
                           Verdict verdict, int limit, int variants, Style style) {
    public DraftRequest {
        ground = List.copyOf(ground);
        style = style == null ? Style.DEFAULT : style;
    }

    public DraftRequest withStyle(Style s) {
        return new DraftRequest(me, them, purpose, ground, verdict, limit, variants, s);
    }
}

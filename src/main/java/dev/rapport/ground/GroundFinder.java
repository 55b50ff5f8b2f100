package dev.rapport.ground;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.time.YearMonth;
import java.util.List;

/** Finds what two people share, strongest first. Pure: "today" is given, not read from the clock. */
public final class GroundFinder {
    private final YearMonth today;

    public GroundFinder(YearMonth today) {
        this.today = today;
    }

    public List<CommonGround> find(Profile me, Profile them, Purpose purpose) {
        throw new UnsupportedOperationException("ground finder not written yet");
    }
}

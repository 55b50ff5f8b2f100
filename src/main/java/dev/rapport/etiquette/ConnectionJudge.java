package dev.rapport.etiquette;

import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.List;

/** Decides connect / follow-first / do-not-connect from the connection-level rules. Pure. */
public final class ConnectionJudge {
    private final RuleSet rules;

    public ConnectionJudge(RuleSet rules) {
        this.rules = rules;
    }

    public Verdict judge(Profile me, Profile them, Purpose purpose, List<CommonGround> ground) {
        throw new UnsupportedOperationException("judge not written yet");
    }
}

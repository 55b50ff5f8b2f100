package dev.rapport.etiquette;

import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.List;

/** One rule set with its two uses: judging whether to invite, and checking a note. */
public final class Etiquette {
    private final RuleSet rules;
    private final ConnectionJudge judge;
    private final NoteRules notes;

    public Etiquette(RuleSet rules) {
        this.rules = rules;
        this.judge = new ConnectionJudge(rules);
        this.notes = new NoteRules(rules);
    }

    public static Etiquette builtIn() {
        return new Etiquette(RuleSet.builtIn());
    }

    public RuleSet rules() {
        return rules;
    }

    public NoteRules notes() {
        return notes;
    }

    public Verdict judge(Profile me, Profile them, Purpose purpose, List<CommonGround> ground) {
        return judge.judge(me, them, purpose, ground);
    }

    public List<Finding> check(String note, NoteContext context) {
        return notes.check(note, context);
    }
}

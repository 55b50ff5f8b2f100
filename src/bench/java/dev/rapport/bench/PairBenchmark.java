package dev.rapport.bench;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.DraftOptions;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Check + draft for one example pair, warm: profiles already read, rules already loaded. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PairBenchmark {
    @Param({"01-former-colleagues", "04-referral", "06-cold-admirer", "07-sap-pitch", "11-hiring-open-to-work"})
    public String pair;

    // More variants than any memo holds, so every call reads its target afresh.
    private static final int NEW_TARGETS = 512;

    private Advisor advisor;
    private Profile me;
    private Profile them;
    private String why;
    private List<Profile> newTargets;
    private int next;

    @Setup
    public void load() throws IOException {
        ExamplePair example = ExamplePair.load(pair);
        me = example.me();
        them = example.them();
        why = example.why();
        newTargets = example.targetVariants(NEW_TARGETS);
        advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 11));
    }

    @Benchmark
    public Assessment checkAndDraft() {
        return advisor.draft(me, them, why, DraftOptions.DEFAULT);
    }

    /**
     * The same, with a target profile this process has not read before on every call (one line of it
     * differs), so no per-profile memo helps: the cost of a new pair, where the other benchmarks give
     * the cost of a REPL's second look at the same pair.
     */
    @Benchmark
    public Assessment checkAndDraftNewTarget() {
        Profile target = newTargets.get(next);
        next = (next + 1) % newTargets.size();
        return advisor.draft(me, target, why, DraftOptions.DEFAULT);
    }

    @Benchmark
    public Assessment checkOnly() {
        return advisor.check(me, them, why);
    }

}

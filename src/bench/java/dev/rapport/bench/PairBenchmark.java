package dev.rapport.bench;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.DraftOptions;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import java.io.IOException;
import java.time.YearMonth;
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

    private Advisor advisor;
    private Profile me;
    private Profile them;
    private String why;

    @Setup
    public void load() throws IOException {
        ExamplePair example = ExamplePair.load(pair);
        me = example.me();
        them = example.them();
        why = example.why();
        advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 11));
    }

    @Benchmark
    public Assessment checkAndDraft() {
        return advisor.draft(me, them, why, DraftOptions.DEFAULT);
    }

    @Benchmark
    public Assessment checkOnly() {
        return advisor.check(me, them, why);
    }

}

package dev.rapport.bench;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.semantic.MiniLmEmbedder;
import dev.rapport.semantic.Semantics;
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

/**
 * The embedding model warm: one passage through the model (no cache), and one full check with and
 * without embeddings (the session cache warm, as in a REPL session that checks the same pair again,
 * and cold for the purpose: a new reason each time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SemanticBenchmark {
    @Param({"06-cold-admirer", "11-hiring-open-to-work"})
    public String pair;

    private MiniLmEmbedder embedder;
    private Advisor withEmbeddings;
    private Advisor without;
    private Profile me;
    private Profile them;
    private String why;
    private long counter;

    @Setup
    public void load() throws IOException {
        ExamplePair example = ExamplePair.load(pair);
        me = example.me();
        them = example.them();
        why = example.why();
        embedder = new MiniLmEmbedder();
        withEmbeddings = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 11))
                .withSemantics(Semantics.lazy(System.err::println));
        without = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 11));
        withEmbeddings.check(me, them, why);
    }

    @Benchmark
    public float[] embedOnePassage() {
        return embedder.embed("I'd love to understand where your team's platform is heading next year.");
    }

    @Benchmark
    public Assessment checkWithEmbeddings() {
        return withEmbeddings.check(me, them, why);
    }

    @Benchmark
    public Assessment checkWithEmbeddingsNewReason() {
        return withEmbeddings.check(me, them, why + " " + (counter++));
    }

    @Benchmark
    public Assessment checkWithoutEmbeddings() {
        return without.check(me, them, why);
    }

}

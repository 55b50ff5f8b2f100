package dev.rapport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.semantic.MiniLmEmbedder;
import dev.rapport.semantic.Semantics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
        Path dir = Path.of("examples", "pairs", pair);
        me = ProfileReaders.read(find(dir, "me"));
        them = ProfileReaders.read(find(dir, "them"));
        why = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("pair.yaml").toFile()).path("why").asText();
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

    private static Path find(Path dir, String stem) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(stem)
                    || p.getFileName().toString().startsWith(stem + ".")).findFirst().orElseThrow();
        }
    }
}

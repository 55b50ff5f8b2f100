package dev.rapport.bench;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The language layer cold: each fork is a new JVM, and one call loads the OpenNLP models it needs.
 * {@code sentencesOnly} reads boundaries (the sentence model alone); {@code tagged} also cuts and tags
 * tokens (all three models). This is what a first {@code check} pays once per process.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LanguageLoadBenchmark {
    private static final String TEXT = "I met Ana at ProMat in March and she suggested I reach out. "
            + "We have never used SAP. Please don't send me offers.";

    @Benchmark
    public int sentencesOnly() {
        return Language.english().sentences(TEXT).size();
    }

    @Benchmark
    public int tagged() {
        List<Sentence> s = Language.english().sentences(TEXT);
        return s.stream().mapToInt(x -> x.tokens().size()).sum();
    }
}

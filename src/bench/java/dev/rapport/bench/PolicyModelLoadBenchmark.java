package dev.rapport.bench;

import dev.rapport.language.Language;
import dev.rapport.profile.PolicyClassifier;
import dev.rapport.profile.Preference;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The profile-policy classifier cold: each fork is a new JVM. {@code phrasesAndTokens} cuts the sentence into
 * tokens (the language layer's sentence and tokenizer models) and matches the phrase lists (which every
 * profile reading loads anyway); {@code policyScored} does the same and then loads the policy model and
 * scores the sentence. The difference is what a profile with About text
 * adds to a first check, once per process.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class PolicyModelLoadBenchmark {
    private static final String SENTENCE = "If we haven't met, follow me instead; vendor pitches in DMs are ignored.";

    @Benchmark
    public int phrasesAndTokens() {
        return Language.english().sentences(SENTENCE).get(0).tokens().size()
                + (PolicyClassifier.phraseSays(SENTENCE, Preference.KNOWN_ONLY) ? 1 : 0);
    }

    /** The language layer and the phrase lists already loaded, as they are when a profile has been read. */
    @State(Scope.Benchmark)
    public static class ProfileRead {
        @Setup
        public void read() {
            new PolicyModelLoadBenchmark().phrasesAndTokens();
        }
    }

    /** Only what the policy model adds: its load and one sentence scored, after the profile was read. */
    @Benchmark
    public double modelOnly(ProfileRead read) {
        return PolicyClassifier.scores(SENTENCE).getOrDefault(Preference.KNOWN_ONLY, 0.0);
    }

    @Benchmark
    public double policyScored() {
        return Language.english().sentences(SENTENCE).get(0).tokens().size()
                + (PolicyClassifier.phraseSays(SENTENCE, Preference.KNOWN_ONLY) ? 1 : 0)
                + PolicyClassifier.scores(SENTENCE).getOrDefault(Preference.KNOWN_ONLY, 0.0);
    }
}

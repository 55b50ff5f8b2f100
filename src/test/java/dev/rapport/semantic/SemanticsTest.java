package dev.rapport.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SemanticsTest {
    /** A stand-in model: a vector from the letters of the text, and a count of calls. */
    static final class CountingEmbedder implements Embedder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            float[] v = new float[26];
            text.toLowerCase().chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> v[c - 'a']++);
            return v;
        }
    }

    @Test
    void settlingWaitsForALoadUnderWayAndStartsNone() throws Exception {
        // a trainer's critique of "Hi!" finished while the model loaded, and the process crashed in native code at exit
        java.util.concurrent.atomic.AtomicBoolean loaded = new java.util.concurrent.atomic.AtomicBoolean();
        Semantics slow = Semantics.with(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loaded.set(true);
            return new CountingEmbedder();
        }, line -> { });
        slow.warmUp();
        slow.settle();
        assertThat(loaded).isTrue();
        AtomicInteger starts = new AtomicInteger();
        Semantics idle = Semantics.with(() -> {
            starts.incrementAndGet();
            return new CountingEmbedder();
        }, line -> { });
        idle.settle();
        assertThat(starts).hasValue(0);
    }

    @Test
    void aPassageIsEmbeddedOnceAndThenServedFromTheSessionCache() {
        CountingEmbedder model = new CountingEmbedder();
        Semantics s = Semantics.with(() -> model, line -> { });
        s.vector("Accessibility audits for public media");
        s.vector("Accessibility audits for public media");
        s.similarity("Accessibility audits for public media", "screen readers");
        assertThat(model.calls).hasValue(2);
        assertThat(s.cacheHits()).isEqualTo(2);
        assertThat(s.cacheMisses()).isEqualTo(2);
    }

    @Test
    void aModelThatCannotLoadFallsBackToWordsAndSaysSoOnce() {
        List<String> notices = new ArrayList<>();
        Semantics broken = Semantics.with(() -> {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
        }, notices::add);
        assertThat(broken.vector("hello")).isEmpty();
        assertThat(broken.similarity("a", "b")).isEmpty();
        assertThat(broken.uses().more("get a sense of where their infrastructure is heading", java.util.Set.of())).isEmpty();
        assertThat(broken.status()).isEqualTo(Semantics.Status.FAILED);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("no onnxruntime").doesNotContain("\n");
    }

    @Test
    void withAFailedModelTheAdvisorGivesTheLexicalResult() throws Exception {
        Path dir = Path.of("examples", "pairs", "05-alumni-advice");
        Profile me = ProfileReaders.read(dir.resolve("me.txt"));
        Profile them = ProfileReaders.read(dir.resolve("them.txt"));
        String why = "same university; hoping she can tell me what a career in UX research is really like";
        Semantics broken = Semantics.with(() -> {
            throw new IllegalStateException("model file damaged");
        }, line -> { });
        Assessment lexical = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 11)).check(me, them, why);
        Assessment fallback = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 11)).withSemantics(broken)
                .check(me, them, why);
        assertThat(fallback.verdict()).isEqualTo(lexical.verdict());
        assertThat(fallback.purpose()).isEqualTo(lexical.purpose());
        assertThat(fallback.commonGround()).isEqualTo(lexical.commonGround());
    }

    @Test
    void warmUpReturnsAtOnceAndLoadsInTheBackground() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountingEmbedder model = new CountingEmbedder();
        Semantics s = Semantics.with(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return model;
        }, line -> { });
        assertThat(s.status()).isEqualTo(Semantics.Status.IDLE);
        s.warmUp();
        assertThat(s.status()).isEqualTo(Semantics.Status.LOADING);
        release.countDown();
        assertThat(s.vector("first use waits for the load")).isPresent();
        assertThat(s.status()).isEqualTo(Semantics.Status.READY);
    }

    @Test
    void theSettingsAloneSwitchEmbeddingsOffTheEnvironmentIsNotReadAgain() {
        assertThat(Semantics.forSession(false, Map.of(), line -> { }).status()).isEqualTo(Semantics.Status.OFF);
        // RAPPORT_NO_EMBEDDINGS is app.Settings' to read (with config.yaml's embeddings:); here it only names caches
        assertThat(Semantics.forSession(true, Map.of(Semantics.ENV_OFF, "1"), line -> { }).status())
                .isEqualTo(Semantics.Status.IDLE);
        Semantics off = Semantics.off();
        off.warmUp();
        assertThat(off.vector("anything")).isEmpty();
        assertThat(off.status()).isEqualTo(Semantics.Status.OFF);
    }

    @Test
    void noteSentencesLeaveOutTheGreeting() {
        String note = "Hi Priya, your talk stayed with me. How did you start?";
        List<String> parts = SemanticUses.sentences(note).stream().map(s -> note.substring(s[0], s[1])).toList();
        assertThat(parts).containsExactly("your talk stayed with me.", "How did you start?");
    }
}

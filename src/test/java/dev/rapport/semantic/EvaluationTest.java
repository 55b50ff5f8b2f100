package dev.rapport.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The labelled evaluation as a regression guard, embeddings off and on. The floors are the figures
 * measured when the embeddings went in (README, "Semantic matching"); a change that makes matching
 * worse fails here, one that makes it better should raise the floor.
 */
class EvaluationTest {
    @Test
    void wordMatchingAloneHoldsItsMeasuredLevel() {
        Evaluation.Figures off = Evaluation.run(Semantics.off());
        print("embeddings off", off);
        assertThat(off.items()).isGreaterThanOrEqualTo(100);
        assertThat(off.intents().right()).isGreaterThanOrEqualTo(35);
        assertThat(off.verdicts().right()).isGreaterThanOrEqualTo(17);
        assertThat(off.angles().right()).isGreaterThanOrEqualTo(11);
        assertThat(off.notes().right()).isGreaterThanOrEqualTo(34);
    }

    @Test
    void embeddingsHoldTheirMeasuredLevelAndBeatWordsWhereTheyAreUsed() {
        long t0 = System.nanoTime();
        Semantics model = Semantics.lazy(line -> { });
        Evaluation.Figures on = Evaluation.run(model);
        System.out.printf("evaluation with embeddings: %.1f s including the model load%n", (System.nanoTime() - t0) / 1e9);
        print("embeddings on", on);
        assertThat(model.status()).isEqualTo(Semantics.Status.READY);
        Evaluation.Figures off = Evaluation.run(Semantics.off());
        assertThat(on.intents().right()).isGreaterThanOrEqualTo(45).isGreaterThan(off.intents().right());
        assertThat(on.verdicts().right()).isGreaterThanOrEqualTo(19).isGreaterThan(off.verdicts().right());
        assertThat(on.angles().right()).isGreaterThanOrEqualTo(11);
        assertThat(on.notes().right()).isGreaterThanOrEqualTo(38).isGreaterThan(off.notes().right());
        assertThat(on.heldOut().right()).isGreaterThanOrEqualTo(off.heldOut().right());
    }

    private static void print(String title, Evaluation.Figures f) {
        System.out.println("evaluation, " + title + ":");
        f.all().forEach(s -> System.out.println("  " + s.line()));
    }
}

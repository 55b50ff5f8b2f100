package dev.rapport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.NoteMeaning;
import dev.rapport.purpose.IntentEvidence;
import dev.rapport.semantic.SemanticUses;
import dev.rapport.semantic.Semantics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus figures of the README ("Measured on text not tuned on"), printed split by split with the
 * embedding model off and on, and guarded by floors: the figures measured when the classifiers were
 * trained, rounded down. The test split is only ever measured here, never used to choose anything.
 */
class CorpusEvaluationTest {
    private static final List<String> SPLITS = List.of("train", "dev", "test");

    @Test
    void embeddingsOff() {
        report("off", IntentEvidence.NONE, NoteMeaning.NONE);
        CorpusEvaluation.Figures intents = CorpusEvaluation.intents("test", IntentEvidence.NONE);
        CorpusEvaluation.Figures notes = CorpusEvaluation.noteSentences("test", NoteMeaning.NONE);
        CorpusEvaluation.RealNotes real = CorpusEvaluation.realNotes(NoteMeaning.NONE);
        CorpusEvaluation.RealNotes real2 = CorpusEvaluation.realNotes(Corpus.realNotes2(), NoteMeaning.NONE);
        assertThat(intents.items()).isGreaterThanOrEqualTo(300);
        assertThat(intents.accuracy()).isGreaterThanOrEqualTo(Floors.INTENT_EXACT_TEST);
        Floors.NOTE_RECALL_TEST.forEach((rule, floor) ->
                assertThat(notes.of(rule).recall()).as(rule + " recall").isGreaterThanOrEqualTo(floor));
        Floors.NOTE_PRECISION_TEST.forEach((rule, floor) ->
                assertThat(notes.of(rule).precision()).as(rule + " precision").isGreaterThanOrEqualTo(floor));
        assertThat((double) real.sameSendOrNot() / real.items()).isGreaterThanOrEqualTo(Floors.REAL_SEND_OR_NOT);
        assertThat(real.sellingScoredSend()).as("selling notes scored send").hasSizeLessThanOrEqualTo(Floors.SELLING_SCORED_SEND);
        assertThat(real2.items()).isGreaterThanOrEqualTo(60);
        assertThat((double) real2.sameSendOrNot() / real2.items()).isGreaterThanOrEqualTo(Floors.REAL2_SEND_OR_NOT);
        assertThat(real2.sellingScoredSend()).as("selling notes of set 2 scored send").hasSizeLessThanOrEqualTo(Floors.SELLING_SCORED_SEND_2);
    }

    @Test
    void embeddingsOn() {
        Semantics model = Semantics.lazy(line -> { });
        SemanticUses uses = model.uses();
        report("on", uses, uses);
        assertThat(model.status()).isEqualTo(Semantics.Status.READY);
        assertThat(CorpusEvaluation.intents("test", uses).accuracy()).isGreaterThanOrEqualTo(Floors.INTENT_EXACT_TEST_ON);
    }

    private static void report(String mode, IntentEvidence evidence, NoteMeaning meaning) {
        System.out.println("corpus evaluation, embeddings " + mode + ":");
        for (String split : SPLITS) {
            CorpusEvaluation.Figures f = CorpusEvaluation.intents(split, evidence);
            System.out.println("  " + f.summary("intents"));
            if (split.equals("test")) {
                CorpusEvaluation.lines(f).values().forEach(l -> System.out.println("    " + l));
            }
        }
        for (String split : SPLITS) {
            CorpusEvaluation.Figures f = CorpusEvaluation.noteSentences(split, meaning);
            System.out.println("  " + f.summary("note sentences"));
            if (split.equals("test")) {
                CorpusEvaluation.lines(f).values().forEach(l -> System.out.println("    " + l));
            }
        }
        System.out.println("  set 1 " + CorpusEvaluation.realNotes(meaning).summary());
        System.out.println("  set 2 " + CorpusEvaluation.realNotes(Corpus.realNotes2(), meaning).summary());
        System.out.println("  dev set " + CorpusEvaluation.realNotes(Corpus.realNotesDev(), meaning).summary());
    }

    /**
     * The floors: the figures measured on 2 December 2026 (README), rounded down. They are below the
     * issue's targets (intent exact-set 90 %, note recall 95 % at 90 % precision, 90 % real-note
     * agreement, no selling note scored send) except meeting-ask; they guard against getting worse.
     * Intents: 66.6 % off and 68.1 % on, measured once after batch r49 was chosen on dev (dev 70.8 / 74.8 %;
     * before it 66.9 / 69.1 % on test);
     * notes: after batch s53 and the thresholds chosen on dev (pitch 0.35, meeting-ask 0.4, lead-gen 0.85).
     * On 4 December 2026 the intent models were found not to match the cues they read (the selling and
     * advice cues of b710468 and 67cd561 had changed without retraining; {@code ModelsMatchTheirInputsTest}
     * now guards this); retrained on the same train split they measure 65.9 % off and 67.8 % on (dev 71.1 /
     * 74.1 %, as before), and these two floors moved down to match.
     */
    static final class Floors {
        static final double INTENT_EXACT_TEST = 0.65;
        static final double INTENT_EXACT_TEST_ON = 0.67;
        static final java.util.Map<String, Double> NOTE_RECALL_TEST = java.util.Map.of("pitch", 0.68, "lead-gen", 0.65, "meeting-ask", 0.95);
        static final java.util.Map<String, Double> NOTE_PRECISION_TEST = java.util.Map.of("pitch", 0.70, "lead-gen", 0.95, "meeting-ask", 0.95);
        static final double REAL_SEND_OR_NOT = 0.80;
        static final int SELLING_SCORED_SEND = 2;
        static final double REAL2_SEND_OR_NOT = 0.78;
        static final int SELLING_SCORED_SEND_2 = 4;
    }
}

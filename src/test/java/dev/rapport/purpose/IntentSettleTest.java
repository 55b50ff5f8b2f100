package dev.rapport.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The corpus's labelling rules, applied to what the models read: intents never labelled together do not stay together. */
class IntentSettleTest {
    private final IntentCatalogue.Classifier limits = IntentCatalogue.builtIn().classifier();

    @Test
    void aSalesQualificationNeverStaysBesideAJobAskedOrOffered() {
        Set<Intent> read = EnumSet.of(Intent.HIRING, Intent.LEAD_GEN);
        IntentClassifier.settle(read, Map.of("hiring", 0.55, "lead-generation", 0.8), limits);
        assertThat(read).containsExactly(Intent.LEAD_GEN);
        Set<Intent> applicant = EnumSet.of(Intent.JOB_SEEKING, Intent.LEAD_GEN, Intent.ADVICE);
        IntentClassifier.settle(applicant, Map.of("job-seeking", 0.9, "lead-generation", 0.45, "advice", 0.6), limits);
        assertThat(applicant).containsExactlyInAnyOrder(Intent.JOB_SEEKING, Intent.ADVICE);
    }

    @Test
    void aSaleMayStayBesideItsQualification() {
        Set<Intent> read = EnumSet.of(Intent.SELLING, Intent.LEAD_GEN);
        IntentClassifier.settle(read, Map.of("selling", 0.7, "lead-generation", 0.6), limits);
        assertThat(read).containsExactlyInAnyOrder(Intent.SELLING, Intent.LEAD_GEN);
    }
}

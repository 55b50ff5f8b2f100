package dev.rapport.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.ModelEvidence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reading of a model's evidence answer: its shape, its labels and its quotes. */
class EvidenceCheckTest {
    private static final String WHY = "Tanya and I go way back to the Denver SRE meetup days.";
    private static final Profile ME = ProfileReaders.read(Path.of("examples/pairs/03-met-at-meetup/me.txt"));
    private static final Profile THEM = ProfileReaders.read(Path.of("examples/pairs/03-met-at-meetup/them.txt"));

    private static ModelEvidence check(String json) {
        return EvidenceCheck.check(EvidenceAnswer.parse(json).orElseThrow(), WHY, ME, THEM);
    }

    @Test
    void anAnswerOfTheWrongShapeIsMalformedAndAFencedOneIsRead() {
        assertThat(EvidenceAnswer.parse("I cannot help with that.")).isEmpty();
        assertThat(EvidenceAnswer.parse("{\"intents\": \"advice\"}")).isEmpty();
        assertThat(EvidenceAnswer.parse("{\"intents\": [1]}")).isEmpty();
        assertThat(EvidenceAnswer.parse("{\"negative_facts\": [\"no text field\"]}")).isEmpty();
        assertThat(EvidenceAnswer.parse("{\"stated_relationship\": {\"kind\": \"met\"}}")).isEmpty();
        assertThat(EvidenceAnswer.parse("```json\n{\"intents\": [\"advice\"], \"stated_relationship\": null}\n```"))
                .hasValueSatisfying(a -> assertThat(a.intents()).containsExactly("advice"));
    }

    @Test
    void unknownLabelsAreDroppedAndCountedAndBothNamesOfAnIntentAreKnown() {
        ModelEvidence e = check("{\"intents\": [\"advice\", \"topic-interest\", \"lead-gen\", \"flattery\"]}");
        assertThat(e.intents()).containsExactlyInAnyOrder(Intent.ADVICE, Intent.CONTENT_INTEREST, Intent.LEAD_GEN);
        assertThat(e.discarded()).isEqualTo(1);
    }

    @Test
    void aQuoteCountsOnlyWhenFoundVerbatimAfterWhitespaceAndQuotesAreNormalised() {
        assertThat(check("{\"stated_relationship\": {\"text\": \"Tanya and I\\n go way back\", \"kind\": \"met\"}}").stated())
                .singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo("met-in-person");
                    assertThat(r.byModel()).isTrue();
                });
        // a paraphrase, a change of case, a one-word quote and an unknown kind are all dropped
        for (String stated : List.of("{\"text\": \"Tanya and I have known each other for years\", \"kind\": \"met\"}",
                "{\"text\": \"tanya and i go way back\", \"kind\": \"met\"}",
                "{\"text\": \"Tanya\", \"kind\": \"met\"}",
                "{\"text\": \"Tanya and I go way back\", \"kind\": \"married\"}")) {
            ModelEvidence e = check("{\"stated_relationship\": " + stated + "}");
            assertThat(e.stated()).as(stated).isEmpty();
            assertThat(e.discarded()).as(stated).isEqualTo(1);
        }
    }

    @Test
    void anOnlineAcquaintanceIsAKnownKindButNoRelationship() {
        ModelEvidence e = check("{\"stated_relationship\": {\"text\": \"Tanya and I go way back\", \"kind\": \"online\"}}");
        assertThat(e.stated()).isEmpty();
        assertThat(e.discarded()).isZero();
    }

    @Test
    void aNegativeFactIsPlacedInTheTextItIsFoundIn() {
        ModelEvidence e = check("{\"negative_facts\": ["
                + "{\"text\": \"No new tools, just deleting alerts nobody acted on.\", \"about\": \"tools\"},"
                + "{\"text\": \"We never page anyone at night.\", \"about\": \"paging\"}]}");
        assertThat(e.negative()).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo(ModelEvidence.Source.TARGET);
            assertThat(n.about()).isEqualTo("tools");
        });
        assertThat(e.targetNegatives()).containsExactly("No new tools, just deleting alerts nobody acted on.");
        assertThat(e.discarded()).isEqualTo(1);
    }
}

package dev.rapport.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationTest {

    @ParameterizedTest(name = "{1} is negated in: {0}")
    @CsvSource(delimiter = '|', value = {
            "For the record: we have never used SAP. | SAP",
            "We are not looking for vendors right now. | vendors",
            "Please don't send me offers. | offers",
            "Please do not send me offers. | offers",
            "No recruiters, please. | recruiters",
            "SAP is not something we use. | SAP",
            "I'm not trying to sell anything, just curious. | sell",
    })
    void negativeFacts(String text, String word) {
        assertThat(Negation.isNegatedAt(text, text.indexOf(word))).isTrue();
    }

    @ParameterizedTest(name = "{1} is affirmed in: {0}")
    @CsvSource(delimiter = '|', value = {
            "We run SAP across all plants. | SAP",
            "No pitch, just catching up after the meetup. | meetup",
            "I don't know her well but we both volunteer at Habitat. | volunteer",
            "Not only engineers but also designers are welcome. | designers",
            "We have never used SAP, but we love Oracle. | Oracle",
    })
    void affirmedFacts(String text, String word) {
        assertThat(Negation.isNegatedAt(text, text.indexOf(word))).isFalse();
    }

    @Test
    void aTokenIndexAnswersTheSameAsAnOffset() {
        Sentence s = Language.english().sentences("We have never used SAP.").get(0);
        int sap = s.tokenAt(s.text().indexOf("SAP") + s.start());
        assertThat(Negation.isNegated(s, sap)).isTrue();
        assertThat(Negation.scopes(s)).singleElement().extracting(Negation.Scope::cue).isEqualTo("never");
    }
}

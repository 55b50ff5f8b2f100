package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreetingNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amelia Stone|Amelia",
            "Dr. Aoife Kinsella|Aoife",
            "Prof. dr. ir. Jan de Vries|Jan",
            "Ma. Cristina Reyes|Cristina",
            "J. Robert Smith|Robert",
            "'Keisha Brown, RN, BSN, CCRN'|Keisha",
            "'Martin Lefebvre, CPA'|Martin",
            "Dipl.-Ing. Jörg Weber|Jörg",
            "Mme Hélène Roux|Hélène",
            "Jo|Jo",
            "Ma.|Ma",
            "Łukasz Żak|Łukasz",
            "O'Neil Baptiste|O'Neil",
            "'🚀 Sam Lee'|Sam",
            "''|''"})
    void greetsByTheFirstRealWordOfTheName(String name, String expected) {
        assertThat(GreetingName.of(name)).isEqualTo(expected);
    }
}

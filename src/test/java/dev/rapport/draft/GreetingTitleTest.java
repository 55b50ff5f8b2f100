package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The recipient greeted with the title the user gives them, always with the surname. */
class GreetingTitleTest {

    @Test
    void aTitleGoesWithTheSurnameAndARespectWordWithTheNameTheUserUses() {
        assertThat(Facts.titled("my supervisor recommended that I approach Dr. Sutter about the postdoc", Requests.named("Annina Sutter")))
                .isEqualTo("Dr. Sutter");
        // second-pair review: "Dr. Priya Raman" gave "Dear Dr. Priya,"
        assertThat(Facts.titled("I'd like to ask Dr. Priya Raman about the benchmark", Requests.named("Priya Raman"))).isEmpty();
        assertThat(Facts.titled("Ogata-san was my team leader", Requests.named("Takeshi Ogata"))).isEqualTo("Ogata-san");
        assertThat(Facts.titled("Dean Martin told me to write to you", Requests.named("Sam Martin"))).isEmpty();
        assertThat(Facts.titled("we met at the fair", Requests.named("Annina Sutter"))).isEmpty();
        // Indonesian respect with the given name, as the user calls her (panel-12 15; its author wrote "Dear Ibu Dewi,")
        assertThat(Facts.titled("told me to contact Ibu Dewi, she was his student", Requests.named("Dewi Santoso"))).isEqualTo("Ibu Dewi");
        assertThat(Facts.titled("Pak Santoso told me to write", Requests.named("Dewi Santoso"))).isEmpty();
        // "Bu" is too short for the title list, so a greeting with it would read as greeting someone called Bu: first name
        assertThat(Facts.titled("met Bu Dewi at the OJK workshop", Requests.named("Dewi Santoso"))).isEmpty();
    }

    @Test
    void theTitleOnTheirOwnPageGoesWithTheSurname() {
        assertThat(Facts.titledInProfile(Requests.named("Dr. Eleni Karagianni"))).isEqualTo("Dr. Karagianni");
        assertThat(Facts.titledInProfile(Requests.named("Dr Alana Whitcombe"))).isEqualTo("Dr. Whitcombe");
        assertThat(Facts.titledInProfile(Requests.named("Prof. Anna Maria Lindqvist"))).isEqualTo("Prof. Lindqvist");
        assertThat(Facts.titledInProfile(Requests.named("Dr. Shivani Maharaj-Clarke"))).isEqualTo("Dr. Maharaj-Clarke");
        // no title, or a name alone after it
        assertThat(Facts.titledInProfile(Requests.named("Eleni Karagianni"))).isEmpty();
        assertThat(Facts.titledInProfile(Requests.named("Dr. Eleni"))).isEmpty();
        assertThat(Facts.titledInProfile(Requests.named("Drew Carey"))).isEmpty();
    }

    @Test
    void aShortRespectWordBeforeTheirNameGoesWithItWhenSaidToThem() {
        // a synthetic development case: "met Bu Dewi at the OJK workshop" gave "I met Bu you at the OJK workshop", and a
        // greeting "Dear Bu Dewi," that the wrong-name rule held back, so no note at all
        Path pair = Path.of("src/test/resources/panel-12/pairs/15-grad-student-referred-microinsurance");
        DraftRequest r = Pairs.withReason(pair, "met Bu Dewi at the OJK workshop last week, she said to connect");
        assertThat(new OfflineDrafter().draft(r)).isNotEmpty().allSatisfy(n -> assertThat(n.text()).doesNotContain("Bu you").doesNotContain("Bu Dewi"));
    }
}

package dev.rapport.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reason's details, each with its role, in the Purpose (issue 10, item 3). */
class PurposeDetailsTest {

    @Test
    void anaIsTheReferrerAndProMatIsWhereTheSenderMetHerNotTheRecipient() {
        Purpose p = PurposeReader.read("I met Ana at ProMat in March and she suggested I reach out");
        assertThat(p.details().referrer()).isEqualTo("Ana");
        assertThat(p.details().event()).isEmpty();
        assertThat(p.details().when()).isEqualTo("in March");
        assertThat(p.intents()).doesNotContain(Intent.MET_IN_PERSON);
        assertThat(p.stated()).noneMatch(s -> s.kind().equals("met-in-person"));
    }

    @Test
    void aMonthWeekdayOrTitleIsNeverTheReferrer() {
        assertThat(PurposeReader.read("In March she suggested I reach out").details().referrer()).isEmpty();
        assertThat(PurposeReader.read("On Monday Dr. Okafor said I should write to him").details().referrer()).isEqualTo("Okafor");
    }

    @Test
    void eventWhenAndTopicOfAMeeting() {
        Details d = PurposeReader.read("we met at the Grace Hopper career fair last month and talked about sedation training").details();
        assertThat(d.event()).isEqualTo("Grace Hopper career fair");
        assertThat(d.when()).isEqualTo("last month");
        assertThat(d.topic()).isEqualTo("sedation training");
    }

    @Test
    void theWorkplaceIsNoEvent() {
        assertThat(PurposeReader.read("we worked together at Stripewell for years").details().event()).isEmpty();
    }

    @Test
    void theRoleAppliedForOrHiredFor() {
        assertThat(PurposeReader.read("I applied for the platform engineer role on her team at Northwind").details().role())
                .isEqualTo("platform engineer");
        assertThat(PurposeReader.read("hiring a senior engineer for our streaming team").details().role()).isEqualTo("senior engineer");
    }

    @Test
    void theQuestionAndTheProject() {
        Details d = PurposeReader.read("I'd like to ask how her team handles on-call handoffs across time zones").details();
        assertThat(d.question()).isEqualTo("how her team handles on-call handoffs across time zones");
        assertThat(PurposeReader.read("I'd like to book a demo of our HR onboarding platform with him").details().project())
                .isEqualTo("HR onboarding platform");
    }

    @Test
    void anExchangeInWritingIsNoMeetingAndItsPlacesNoEvent() {
        Purpose p = PurposeReader.read("I read his post about the Santurce and commented to ask how long shore charging takes"
                + " at Bilbao; he replied and asked me to connect so he can share the charging log.");
        assertThat(p.details().event()).as("a port in the question").isEmpty();
        assertThat(p.details().referrer()).as("a ship after 'the'").isEmpty();
        assertThat(p.details().question()).isEqualTo("how long shore charging takes at Bilbao");
        assertThat(p.stated()).extracting(Purpose.StatedRelationship::kind).containsExactly("met-online");
    }

    @Test
    void theSendersDenialOfAMeetingOutranksTheClassifier() {
        Purpose p = PurposeReader.read("I read his post about the Santurce in hybrid mode and commented with a question. "
                + "He replied that I should connect and he would share the charging log. We have never met.");
        assertThat(p.intents()).doesNotContain(Intent.MET_IN_PERSON);
        assertThat(PurposeReader.read("We have met twice at the Oslo meetup.").intents()).contains(Intent.MET_IN_PERSON);
    }

    @Test
    void whatATalkWasAboutIsNoEvent() {
        Purpose p = PurposeReader.read("we chatted at the Clinical Pharmacy Congress in London in May after his IV-to-oral talk");
        assertThat(p.events()).containsExactly("Clinical Pharmacy Congress");
        assertThat(PurposeReader.read("We talked after her KubeCon talk on multi-tenant clusters last week").events()).containsExactly("KubeCon");
    }

    @Test
    void anEventKeepsItsLowerCaseKindAfterAName() {
        // by hand: "I met Karen at the Lincolnshire nursing conference" gave the event "Lincolnshire", and "I heard Karen speak at …" none
        assertThat(PurposeReader.read("I met Karen at the Lincolnshire nursing conference in October").events())
                .containsExactly("Lincolnshire nursing conference");
        assertThat(PurposeReader.read("I heard Karen speak at the Lincolnshire nursing conference in October").events())
                .containsExactly("Lincolnshire nursing conference");
        assertThat(PurposeReader.read("I met Karen at Lincoln and we talked about rotas").events()).containsExactly("Lincoln");
    }

    @Test
    void wordsAddedToAReasonAreJoinedWithOneStop() {
        // a hand session's evidence quoted "… the Friday pub quiz together.." after a mention
        assertThat(PurposeReader.read("we worked together at Pennine.").withWords("we did the pub quiz.").text())
                .isEqualTo("we worked together at Pennine. we did the pub quiz.");
        assertThat(PurposeReader.read("we worked together at Pennine").withWords("we did the pub quiz.").text())
                .isEqualTo("we worked together at Pennine. we did the pub quiz.");
    }
}

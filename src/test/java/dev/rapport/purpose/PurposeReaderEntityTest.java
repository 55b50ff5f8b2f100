package dev.rapport.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The named things a purpose carries, kept verbatim so a note can name them. */
class PurposeReaderEntityTest {

    @Test
    void keepsTheReferrerFromSeveralPhrasings() {
        assertThat(PurposeReader.read("Ana Ruiz suggested I reach out").people()).containsExactly("Ana Ruiz");
        assertThat(PurposeReader.read("I was referred by Ana Ruiz from the analytics guild").people())
                .containsExactly("Ana Ruiz");
        assertThat(PurposeReader.read("Yesterday Ana Ruiz introduced me to her over email").people())
                .containsExactly("Ana Ruiz");
        assertThat(PurposeReader.read("our mutual friend Jordan van Dijk said I should talk to him").people())
                .containsExactly("Jordan van Dijk");
        assertThat(PurposeReader.read("Dana Wu gave me her name").people()).containsExactly("Dana Wu");
        assertThat(PurposeReader.read("Ana Ruiz suggested I talk to her about moving into data engineering"))
                .satisfies(p -> {
                    assertThat(p.people()).containsExactly("Ana Ruiz");
                    assertThat(p.has(Intent.REFERRAL)).isTrue();
                });
    }

    @Test
    void aNamedFormerLeadIsAReconnectAndAnItClauseIsNot() {
        // panel-8 pair 03: "Aoife was my team lead there 2019-2021" was read as job-seeking alone
        assertThat(PurposeReader.read("got laid off at Glenbrook. Aoife was my team lead there 2019-2021, billing team. I applied for a role at Harbourline")
                .has(Intent.RECONNECT)).isTrue();
        assertThat(PurposeReader.read("it was my manager who suggested I reach out to her").has(Intent.RECONNECT)).isFalse();
    }

    @Test
    void aSuggestionWithATimeBetweenItsWordsIsStillAReferral() {
        // two development pairs whose introductions were read as job-seeking alone
        assertThat(PurposeReader.read("Tomasz Wilk suggested back in March that I talk to Henrik about the new planning hub")
                .has(Intent.REFERRAL)).isTrue();
        assertThat(PurposeReader.read("Prof Adjei-Boateng told me in October I should contact Prof Vos about the PhD")
                .has(Intent.REFERRAL)).isTrue();
    }

    @Test
    void theReferrerIsNeverThePlaceOrTheSchoolTheyAreFrom() {
        // panel-5 (development): "Hue" (a city) and "Academy" were taken for the referrers
        assertThat(PurposeReader.read("Dr Huy (Le Quang Huy) from the immunisation supply workshop in Hue said I must write to Sokha").people())
                .containsExactly("Huy");
        assertThat(PurposeReader.read("Eng. Hany Abdelmalek, my instructor at Nile PM Academy, said Mariam would probably talk to me").people())
                .containsExactly("Hany Abdelmalek");
        // a second new user's "My cousin Elena Rusu works at Quest Dubbo and suggested I contact Amrita" made "Dubbo" the referrer
        assertThat(PurposeReader.read("My cousin Elena Rusu works at Quest Dubbo and suggested I contact Amrita about housekeeping jobs")
                .people()).containsExactly("Elena Rusu");
    }

    @Test
    void keepsNoPeopleWithoutAReferral() {
        assertThat(PurposeReader.read("Ana Ruiz and I worked together at Stripewell").people()).isEmpty();
    }

    @Test
    void keepsTheEventWhereTheyMet() {
        Purpose p = PurposeReader.read("we met at DevOpsDays Denver last week after her talk on on-call fatigue");
        assertThat(p.events()).containsExactly("DevOpsDays Denver");
        assertThat(p.posts()).containsExactly("on-call fatigue");
        assertThat(p.has(Intent.MET_IN_PERSON)).isTrue();

        assertThat(PurposeReader.read("Great chatting with you at the AWS Summit Chicago.").events())
                .containsExactly("AWS Summit Chicago");
        assertThat(PurposeReader.read("we spoke at KubeCon EU 2025 about tracing").events())
                .containsExactly("KubeCon EU 2025");
        assertThat(PurposeReader.read("we met at a meetup last week").events()).isEmpty();
        // an acronym typed before the event's lower-case name is not the whole event (a hand session read "SW")
        assertThat(PurposeReader.read("i went to her talk at the NW heat pump network in leeds last month").events())
                .containsExactly("NW heat pump network");
        assertThat(PurposeReader.read("we talked at KubeCon the day before the keynote").events()).containsExactly("KubeCon");
        // a count of weeks after the event is no part of its name (a hand session quoted "Columbus Nursing Career Fair 2")
        assertThat(PurposeReader.read("we met at the Columbus Nursing Career Fair 2 weeks ago, she came by our booth").events())
                .containsExactly("Columbus Nursing Career Fair");
    }

    @Test
    void keepsThePostTopic() {
        assertThat(PurposeReader.read("loved her post about on-call fatigue").posts()).containsExactly("on-call fatigue");
        assertThat(PurposeReader.read("I like her posts on accessibility").posts()).containsExactly("accessibility");
        // (a development pair: the topic ran on past a dash, "the youth strings exchange 2027 - my older students")
        assertThat(PurposeReader.read("Saw her post about the youth strings exchange 2027 - my older students would love this").posts())
                .containsExactly("the youth strings exchange 2027");
        assertThat(PurposeReader.read("Her article on data contracts, and the follow-up, were great").posts())
                .containsExactly("data contracts");
        assertThat(PurposeReader.read("Her newsletter on climate tech is great").posts()).containsExactly("climate tech");
    }

    @Test
    void keepsWhatTheSenderOffers() {
        assertThat(PurposeReader.read("offer our SAP cost savings").offers()).containsExactly("SAP cost savings");
        assertThat(PurposeReader.read("I want to pitch our CRM to her team").offers()).containsExactly("CRM");
        assertThat(PurposeReader.read("show them our platform").offers()).containsExactly("platform");
        assertThat(PurposeReader.read("I'd love to tell her about our new analytics product").offers())
                .containsExactly("new analytics product");
        assertThat(PurposeReader.read("book a quick demo of Ledgerly Cloud").offers()).containsExactly("Ledgerly Cloud");
        assertThat(PurposeReader.read("sell licence optimisation for SAP to universities").offers())
                .containsExactly("licence optimisation for SAP to universities");
    }

    @Test
    void negatedOffersAreNotOffers() {
        Purpose p = PurposeReader.read("I'm not trying to sell anything or pitch our services, just to catch up");
        assertThat(p.offers()).isEmpty();
        assertThat(p.isPitch()).isFalse();
        assertThat(PurposeReader.read("I'd like to offer my help with the food bank data").offers()).isEmpty();
    }

    @Test
    void blankOrHostileTextIsHandled() {
        assertThat(PurposeReader.read(null)).isEqualTo(Purpose.NONE);
        assertThat(PurposeReader.read("   \n ")).isEqualTo(Purpose.NONE);
        Purpose p = PurposeReader.read("\u001B[31mreconnect\u001B[0m after years");
        assertThat(p.text()).isEqualTo("reconnect after years");
        assertThat(p.intents()).containsExactly(Intent.RECONNECT);
    }

    @Test
    void catalogueKeepsExampleSentencesForEveryIntent() {
        IntentCatalogue catalogue = IntentCatalogue.builtIn();
        assertThat(catalogue.intents()).hasSize(Intent.values().length);
        // every example sentence must be recognised as its own intent by the cues: the two halves agree
        for (IntentCatalogue.IntentPhrases phrases : catalogue.intents()) {
            assertThat(phrases.examples()).hasSizeGreaterThanOrEqualTo(4);
            for (String example : phrases.examples()) {
                assertThat(PurposeReader.read(example).intents()).as(example).contains(phrases.intent());
            }
        }
    }

    @Test
    void anAsideOnWhoPassedTheNameOnIsTheirsAndTheyAreSomeoneElse() {
        Purpose p = PurposeReader.read("Yusuf Karam (the painter, we shared a studio in Alserkal for 2 yrs) told me Hessa is looking for "
                + "photos of the old Sharjah markets and said write to her and use his name.");
        assertThat(p.people()).containsExactly("Yusuf Karam");
        assertThat(p.stated()).noneMatch(r -> r.sentence().contains("shared a studio"));
        // without a verb of passing on, a place or an office is nobody
        assertThat(PurposeReader.read("he reviewed my thesis draft at the Leeds summer school two weeks ago and gave me useful advice").people())
                .isEmpty();
        assertThat(PurposeReader.read("I worked with her for years (we shared a studio in Alserkal) and want to say hello").stated())
                .isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void aRelationshipTheUserDeniesIsNotStated() {
        // hand session: "we overlapped at Copperfield a bit but never really worked together" gave worked-together 0.76 and connect
        assertThat(PurposeReader.read("we overlapped at Copperfield a bit but never really worked together").stated()).isEmpty();
        assertThat(PurposeReader.read("we overlapped at Copperfield a bit").stated()).extracting(Purpose.StatedRelationship::kind)
                .containsExactly("worked-together");
        assertThat(PurposeReader.read("we studied at Kellogg at the same time but never studied together").stated())
                .noneMatch(r -> r.kind().equals("studied-together"));
    }

    @org.junit.jupiter.api.Test
    void anApplicantsOwnResultsAreNoSale() {
        // second-pair review: a job seeker describing her work was read as selling
        assertThat(PurposeReader.read("In my current role I help merchants cut chargebacks by 30%, and I'd like to ask about the senior "
                + "analyst opening on your team").intents()).doesNotContain(Intent.SELLING);
        assertThat(PurposeReader.read("We help boutique resorts in Bali lift RevPAR 15-20% with a 2 week pricing audit").intents())
                .contains(Intent.SELLING);
    }

    @org.junit.jupiter.api.Test
    void aServiceOfferedToAStrangerIsASaleNotAJob() {
        // hand session 13: a recruiter offering to help with the target's hiring was drafted "I am hiring for a role …"
        Purpose offer = PurposeReader.read("I recruit finance staff in Leeds and would like to introduce myself as someone who "
                + "can help with their finance hiring");
        assertThat(offer.intents()).contains(Intent.SELLING).doesNotContain(Intent.HIRING);
        assertThat(SalesAim.evidenced(offer)).isTrue();
        // a job seeker introducing herself, and help the target asked for, are no sale
        assertThat(SalesAim.evidenced(PurposeReader.read("I'd like to introduce myself, I'm a new grad in finance"))).isFalse();
        assertThat(PurposeReader.read("I'd like to introduce myself, I'm a new grad in finance").intents()).doesNotContain(Intent.SELLING);
        assertThat(PurposeReader.read("she asked if I could help with their hiring plan, I said yes").intents()).doesNotContain(Intent.SELLING);
        assertThat(PurposeReader.offersAService("she asked if I could help with their hiring plan, I said yes")).isFalse();
    }
}

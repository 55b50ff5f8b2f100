package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A new user's session on public pages (7 December, midday; these profiles are our own, in the same layouts): the
 * sender's meeting with the referrer was counted as a meeting with the recipient; "say me to contact Kate" found no
 * referrer; "told me write to you" and "sat nxt 2 him … herzog convo" went into the note as typed; a reason opening
 * with its date lost the story or the month's capital.
 */
class Hand23SessionTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile seller = ProfileReaders.parse("Liam Byrne\nAccount Executive at FieldPulse Sensors\nCork, Ireland\n\n"
            + "Experience\nAccount Executive\nFieldPulse Sensors\n2022 - Present\n", "liam.txt");
    private final Profile scientist = ProfileReaders.parse("Mathew Otieno\nMarine Scientist at Coastal Fisheries Institute\nMombasa, Kenya\n\n"
            + "Experience\nMarine Scientist\nCoastal Fisheries Institute\n2016 - Present\n", "mathew.txt");
    private final Profile nurse = ProfileReaders.parse("Joanna Kowalska\nICU Nurse\nRochester, New York\n\n"
            + "Experience\nICU Staff Nurse\nUniversity Hospital Krakow\n2015 - 2024\n", "joanna.txt");
    private final Profile leader = ProfileReaders.parse("Kate Morrow\nChief Nursing Officer at Lakeside Memorial Hospital\nRochester, New York\n\n"
            + "Experience\nChief Nursing Officer\nLakeside Memorial Hospital\n2019 - Present\n", "kate.txt");
    private final Profile architect = ProfileReaders.parse("Sofia Marques\nArchitect at Atelier Rio Vivo\nLisbon, Portugal\n\n"
            + "Experience\nArchitect\nAtelier Rio Vivo\n2018 - Present\n", "sofia.txt");
    private final Profile nuno = ProfileReaders.parse("Nuno Ferreira\nPrincipal at Ferreira Arquitectos\nPorto, Portugal\n\n"
            + "Experience\nPrincipal Architect\nFerreira Arquitectos\n2001 - Present\n", "nuno.txt");

    @Test
    void whereTheSenderMetTheReferrerIsNoMeetingWithTheRecipient() {
        Assessment a = advisor.check(seller, scientist, "Dennis Okangi from Kuza Freezer told me to reach out to Mathew about cold storage for"
                + " small-scale fishers, I met Dennis at the AgriTech Africa expo in Nairobi in March");
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(a.commonGround()).extracting(g -> g.kind()).contains(GroundKind.MUTUAL_CONTACT).doesNotContain(GroundKind.MET_AT_EVENT);
        // met the recipient there: the meeting counts
        assertThat(advisor.check(seller, scientist, "I met Mathew at the AgriTech Africa expo in Nairobi in March, Dennis Okangi told me to"
                + " follow up").commonGround()).extracting(g -> g.kind()).contains(GroundKind.MET_AT_EVENT);
    }

    @Test
    void aReferralInSecondLanguageWordsIsAReferral() {
        Assessment said = advisor.draft(nurse, leader, "Anna Nowak say me to contact Kate", DraftOptions.DEFAULT);
        assertThat(said.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(said.commonGround()).extracting(g -> g.kind()).contains(GroundKind.MUTUAL_CONTACT);
        String told = advisor.draft(nurse, leader, "Anna Nowak told me write to Kate.", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(told).doesNotContain("told me write").doesNotContain("me write to you");
    }

    @Test
    void textingShorthandAndADateOpeningAreWrittenOut() {
        String memo = advisor.draft(architect, nuno, "venice bienn. may 24, sat nxt 2 him @ pavilion talk, herzog convo", DraftOptions.DEFAULT)
                .notes().get(0).text();
        assertThat(memo).doesNotContain("nxt").doesNotContain(" 2 you").doesNotContain("convo").doesNotContain(", may 24");
        String dated = advisor.draft(architect, nuno, "May 24 we sat next to each other at the pavilion talk at the Venice Biennale and"
                + " talked about Herzog", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(dated).contains("May 24 we sat next to each other").contains("Herzog");
        String on = advisor.draft(architect, nuno, "On May 24 we sat next to each other at the pavilion talk at the Venice Biennale and"
                + " talked about Herzog", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(on).contains(", on May 24 we sat");
    }

    @Test
    void anEventNamedWithAPortugueseParticleKeepsItsWholeName() {
        Assessment a = advisor.check(architect, nuno, "met him at the Ordem dos Arquitectos lecture in Porto last month, we talked about"
                + " public competitions");
        assertThat(a.verdict().reasons()).anySatisfy(r -> assertThat(r.message()).contains("Ordem dos Arquitectos"));
    }

    @Test
    void anApplicationWhereTheTopOfTheirPageSaysTheyWorkIsTheLink() {
        // a series label took the headline's place, and the application was "no shared history"
        Profile page = ProfileReaders.parse("Kate Morrow\nLeaders in Healthcare\nChief Nursing Officer, Lakeside Memorial Hospital\n"
                + "Kate has led nursing at Lakeside Memorial since 2019 and started as an ICU nurse.\n", "kate-page.txt");
        Assessment a = advisor.check(nurse, page, "I applied last week for the ICU staff nurse job at Lakeside Memorial and would like her to"
                + " know about my application");
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
    }

    @Test
    void aPromiseAfterWhatTheyAskedIsTheSendersOwn() {
        Profile winemaker = ProfileReaders.parse("Markus Adler\nWinemaker at Weingut Adler\nKamptal, Austria\n\n"
                + "Experience\nWinemaker\nWeingut Adler\n2005 - Present\n", "markus.txt");
        String note = advisor.draft(seller, winemaker, "met markus at prowein in march, he asked me for the soil moisture data from our trial"
                + " vineyard, promised to send it when its ready. its ready now", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).doesNotContain("and promised to send").doesNotContain("when its ready");
    }

    @Test
    void aReferralWithoutItsToStaysAReferralBesideAnApplication() {
        // the second sentence's application made the reason job-seeking alone: "no shared history"
        Assessment a = advisor.check(nurse, leader, "Anna Nowak told me write to Kate. I apply for the ICU staff nurse job on monday");
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(a.purpose().people()).contains("Anna Nowak");
    }
}

package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A second new user's session on public pages (7 December, afternoon; these profiles are our own, in the same layouts):
 * an applicant who left out the "I" or wrote "hiring mgr" was told there was no shared history; a page whose title line
 * starts with the name gave that line as the headline; "You're the hiring manager." was told to him; "/limit 200" wrote
 * "I'm a scientist at …" for a senior data scientist; "start with the thing I promised" pasted those words in.
 */
class Hand22SessionTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile applicant = ProfileReaders.parse("Olek Nowak\nSenior Data Scientist at Parcelwise | Demand forecasting\n"
            + "Leeds, England\n\nExperience\nSenior Data Scientist\nParcelwise\n2021 - Present\n", "olek.txt");
    private final Profile officer = ProfileReaders.parse("Home > Helen Marsh, Chief Data Officer, Northpost\nHelen Marsh\n\n"
            + "Helen Marsh, Chief Data Officer, Northpost\n\nHelen leads data and analytics at Northpost. Before that she was lead"
            + " scientist at Pandemic Modelling Unit, a national forecasting programme.\n", "helen.txt");
    private final Profile naturalist = ProfileReaders.parse("Rosa Ibarra\nInterpretive Naturalist at Aspen Ridge Nature Center\nDenver, Colorado\n\n"
            + "Experience\nInterpretive Naturalist\nAspen Ridge Nature Center\n2019 - Present\n", "rosa.txt");
    private final Profile chair = ProfileReaders.parse("Owen Price\nExhibits Director at Prairie Museum\nLincoln, Nebraska\n\n"
            + "Experience\nExhibits Director\nPrairie Museum\n2015 - Present\n", "owen.txt");

    @Test
    void aPageTitleThatStartsWithTheNameGivesTheHeadlineAfterIt() {
        assertThat(officer.name()).isEqualTo("Helen Marsh");
        assertThat(officer.headline()).isEqualTo("Chief Data Officer, Northpost");
    }

    @Test
    void anApplicationTypedWithoutItsIOrToWhereTheirHeadlineSaysIsTheLink() {
        assertThat(advisor.check(applicant, officer, "applied for lead data scientist (network forecasting) at northpost last week."
                + " she's hiring mgr").verdict().decision()).isEqualTo(Decision.CONNECT);
        Assessment atTheirs = advisor.check(applicant, officer, "I applied for a job at Northpost last week");
        assertThat(atTheirs.verdict().decision()).isEqualTo(Decision.CONNECT);
        // the evidence names the place their headline and the reason share (it had named a past job their page listed)
        assertThat(atTheirs.commonGround()).anySatisfy(g -> assertThat(g.detail()).contains("Northpost"));
    }

    @Test
    void theirOwnRoleIsNotToldToThemAndATightLimitKeepsTheKindOfJob() {
        String why = "I applied for the Lead Data Scientist role at Northpost last week, she's the hiring manager. I have 5 years in"
                + " logistics demand forecasting";
        Assessment a = advisor.draft(applicant, officer, why, DraftOptions.DEFAULT);
        assertThat(a.notes().get(0).text()).doesNotContainIgnoringCase("you're the hiring manager");
        String at200 = advisor.draft(applicant, officer, why + " and I built the weekly parcel volume model at Parcelwise",
                new DraftOptions(200, 3, Style.DEFAULT)).notes().get(0).text();
        assertThat(at200).doesNotContain("I'm a scientist");
    }

    @Test
    void startWithTheThingIPromisedLeadsWithThePromise() {
        Assessment a = advisor.draft(naturalist, chair, "met owen at the NAI national conference in october, we talked about trail signs"
                + " in three languages, i promised to send him our trilingual trail sign guide", DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(a, 1, "start with the thing i promised", DraftOptions.DEFAULT);
        assertThat(r.assessment().notes().get(0).text()).startsWith("Hi Owen, as promised, I'll send you").doesNotContainIgnoringCase("the thing");
    }

    @Test
    void whyDoesItSayFindsTheLineWithOtherWordsBetween() {
        Assessment a = advisor.draft(applicant, officer, "I applied for the Lead Data Scientist role at Northpost last week", DraftOptions.DEFAULT);
        assertThat(a.notes().get(0).text()).contains("I applied for the Lead Data Scientist role at Northpost last week.");
        // the user quotes the line from memory, with a word of it left out
        Advisor.Refined r = advisor.refineNote(a, 1, "why does it say I applied for the Data Scientist role?", DraftOptions.DEFAULT);
        assertThat(r.report()).contains("I applied for the Lead Data Scientist role").doesNotContain("Nothing in the note");
    }

    @Test
    void aDegreeTakenAtASchoolInABiosProseIsEducationAndAPitchNamesTheLinkItHas() {
        Profile professor = ProfileReaders.parse("Ruth Alder\nProfessor of Mathematics at Hillcrest University\n\n"
                + "I grew up in Ohio. I received my BS in Math at OSU and then went on to a PhD at Brandeis.\n", "ruth.txt");
        assertThat(professor.education()).extracting(e -> e.school()).contains("OSU", "Brandeis");
        Profile seller = ProfileReaders.parse("Kurt Lenz\nAccount Executive at Learnlytics\nColumbus, Ohio\n\nEducation\n"
                + "Ohio State University\nBA, Economics\n2008 - 2012\n", "kurt.txt");
        assertThat(advisor.check(seller, professor, "we both went to Ohio State").verdict().decision()).isEqualTo(Decision.CONNECT);
        Assessment pitch = advisor.check(seller, professor, "we both went to Ohio State, I want to show her our LMS analytics platform"
                + " for her department");
        assertThat(pitch.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(pitch.verdict().reasons().get(0).message()).contains("is no relationship").doesNotContain("no shared history");
    }

    @Test
    void takingOutTheOnlyReasonSaysTheNoteNoLongerSaysWhy() {
        Assessment a = advisor.draft(applicant, officer, "I applied for the Lead Data Scientist role at Northpost last week. I have 5 years in"
                + " logistics demand forecasting", DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(a, 1, "dont say i applied", DraftOptions.DEFAULT);
        assertThat(r.assessment().notes().get(0).text()).doesNotContain("applied");
        assertThat(r.report()).contains("no longer says how you know them or why you are writing");
    }

    @Test
    void mentionMyYearsInAFieldSaysTheYearsAsHad() {
        // "mention my 5 years in logistics forecasting" was refused, with "mention that I did my 5 years in …" as the example
        Assessment a = advisor.draft(applicant, officer, "I applied for the Lead Data Scientist role at Northpost last week", DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(a, 1, "mention my 5 years in demand forecasting", DraftOptions.DEFAULT);
        assertThat(r.assessment().notes().get(0).text()).contains("I have 5 years in demand forecasting.");
    }
}

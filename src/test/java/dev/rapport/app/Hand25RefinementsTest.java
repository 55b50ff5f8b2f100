package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.repl.ChatParser;
import dev.rapport.repl.ChatRequest;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A new user's REPL session on public pages (7 December, midday; these profiles are our own, in the same layouts):
 * "add a question about her new clinic" pasted the request into the note, "is it OK to mention salary?" was graded as a
 * note, and saying hi after a talk was no meeting.
 */
class Hand25RefinementsTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile sam = ProfileReaders.parse("Samantha Reyes\nFamily Nurse Practitioner at Milk River Family Clinic\n"
            + "Havre, Montana\n\nExperience\nFamily Nurse Practitioner\nMilk River Family Clinic\n2020 - Present\n", "sam.txt");
    private final Profile angela = ProfileReaders.parse("Angela Moore\nNurse Practitioner at Prairie Sky Health\nGlasgow, Montana\n\n"
            + "Experience\nNurse Practitioner\nPrairie Sky Health\n2017 - Present\n", "angela.txt");
    private final Profile dana = ProfileReaders.parse("Dana Whitfield\nLogistics Coordinator at Powder River Feed Co-op\nGillette, Wyoming\n\n"
            + "Experience\nLogistics Coordinator\nPowder River Feed Co-op\n2021 - Present\n", "dana.txt");
    private final Profile chance = ProfileReaders.parse("Chance Miller\nExtension Educator at Wyoming Extension\nSheridan, Wyoming\n\n"
            + "Experience\nExtension Educator\nWyoming Extension\n2015 - Present\n", "chance.txt");

    @Test
    void aQuestionAboutAThingOfTheirsIsAskedNotPasted() {
        Assessment a = advisor.draft(sam, angela, "met angela at the montana rural health conference in october, we talked about being the"
                + " only provider on call at night", DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(a, 1, "add a question about her new clinic", DraftOptions.DEFAULT);
        assertThat(r.assessment().notes().get(0).text()).contains("I'd love to hear about your new clinic.")
                .doesNotContainIgnoringCase("a question about");
    }

    @Test
    void aQuestionAboutDoingSomethingIsNoNoteToMarkUp() {
        assertThat(ChatParser.parse("is it OK to mention salary?")).isNotInstanceOf(ChatRequest.Critique.class);
        assertThat(ChatParser.parse("is this ok? Hi Sam, we met at the fair.")).isInstanceOf(ChatRequest.Critique.class);
        // a note the user wrote, pasted whole, is marked up (it was "not understood", and "is this ok?" then graded rapport's)
        assertThat(ChatParser.parse("Hi Nerys! I am an ED nurse from Cork, moving to Brisbane in February. I applied for the ED nurse"
                + " position in Caboolture. Maria")).isInstanceOf(ChatRequest.Critique.class);
        assertThat(ChatParser.parse("mention that we talked about night call")).isNotInstanceOf(ChatRequest.Critique.class);
    }

    @Test
    void aGreetingExchangedAfterATalkIsAMeetingAndOneMissedIsNone() {
        assertThat(advisor.check(dana, chance, "went to his talk on AI timing for heifers at the cattlemens meeting last week and said hi"
                + " after. want to ask if he'd do a session for our co-op members in march").verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(advisor.check(dana, chance, "heard chance talk at the cattlemens meeting last week on AI timing for heifers, didnt get"
                + " to say hi").verdict().decision()).isNotEqualTo(Decision.CONNECT);
    }

    @Test
    void aPlacePutRightFitsTheReasonsWordsAndHoldsForEveryNote() {
        Assessment a = advisor.draft(dana, chance, "met chance at the campbell county cattlemens meeting last week after his talk on AI timing"
                + " for heifers. want to ask if he'd do a session for our co-op members in march", DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(a, 1, "it was the sheridan county meeting, not campbell county", DraftOptions.DEFAULT);
        assertThat(r.assessment().notes()).isNotEmpty().allSatisfy(n -> assertThat(n.text()).doesNotContainIgnoringCase("campbell")
                .doesNotContain("the the").doesNotContain("meeting cattlemens"));
        assertThat(r.assessment().notes().get(0).text()).containsIgnoringCase("the sheridan county cattlemens meeting");
    }

    @Test
    void aShortFormOfTheFirstNameOrOneTheProfileGivesSigns() {
        Profile samantha = ProfileReaders.parse("Samantha Reyes\nFamily Nurse Practitioner at Milk River Family Clinic\nHavre, Montana\n\n"
                + "About\nRural nurse practitioner. Friends call me Sammie.\n\nExperience\nFamily Nurse Practitioner\nMilk River Family Clinic\n"
                + "2020 - Present\n", "samantha.txt");
        Assessment a = advisor.draft(samantha, angela, "met angela at the montana rural health conference in october, we talked about being"
                + " the only provider on call at night", DraftOptions.DEFAULT);
        assertThat(advisor.refineNote(a, 1, "sign it Sam", DraftOptions.DEFAULT).assessment().notes().get(0).text()).endsWith(" Sam");
        assertThat(advisor.refineNote(a, 1, "use my nickname Sammie", DraftOptions.DEFAULT).assessment().notes().get(0).text())
                .endsWith(" Sammie");
        assertThat(advisor.refineNote(a, 1, "sign it Bob", DraftOptions.DEFAULT).changed()).isFalse();
    }

    @Test
    void theNameAtTheEndGoingWithAChangeIsSaid() {
        Profile beth = ProfileReaders.parse("Beth Rowan\nDirector of Port Operations at Harborline Port Authority\nNewark, New Jersey\n\n"
                + "Experience\nDirector of Port Operations\nHarborline Port Authority\n2016 - Present\n", "beth.txt");
        Assessment a = advisor.draft(dana, beth, "met beth at TPM in long beach after her session on container flow, we talked about chassis"
                + " shortages at port newark. told her id send the dwell time numbers from my old drayage job", DraftOptions.DEFAULT);
        Assessment now = advisor.refineNote(a, 1, "mention that we also talked about her council on port performance", DraftOptions.DEFAULT)
                .assessment();
        Advisor.Refined r = advisor.refineNote(now, 1, "dont mention long beach", DraftOptions.DEFAULT);
        String before = now.notes().get(0).text();
        String after = r.assessment().notes().get(0).text();
        // the room the removal freed goes to a longer line; the name, which once went with it (and the report said so), keeps
        // its place now that who writes is said plainer first (a name going is reported: RefinerTest's translator pair)
        assertThat(before).endsWith(" Dana");
        assertThat(after).doesNotContainIgnoringCase("long beach").endsWith(" Dana");
        assertThat(r.report()).doesNotContain("“Dana”");
    }

    @Test
    void theQuestionIsSaidToBeThereOnlyWhenTheWrittenNoteAsksIt() {
        Assessment a = advisor.draft(sam, angela, "met angela at the montana rural health conference in october, we talked about being the only"
                + " provider on call at night. want to ask her what her first winter at fort peck was like", DraftOptions.DEFAULT);
        Assessment at160 = advisor.refit(a, new DraftOptions(160, 3, DraftOptions.DEFAULT.style()), 1).orElseThrow();
        Advisor.Refined r = advisor.refineNote(at160, 1, "you dropped my question", new DraftOptions(160, 3, DraftOptions.DEFAULT.style()));
        assertThat(at160.notes().get(0).text()).contains("first winter at fort peck");
        assertThat(r.report()).contains("already asks");
        // after "don't mention the conference" the user's story opens the note and continues the greeting ("Hi Angela, we …")
        String opened = advisor.refineNote(a, 1, "don't mention the conference", DraftOptions.DEFAULT).assessment().notes().get(0).text();
        assertThat(opened).doesNotContain("Hi Angela, We ");
    }

    @Test
    void anApplicationInThePlaceTheirPageNamesOrSentAsAnApplicationIsTheLink() {
        // a job seeker's (7 December, midday): "applied for the ED nurse job in Caboolture" and "I sent my application …" were
        // follow-first though the nurse unit manager's page names the Caboolture hospital
        Profile num = ProfileReaders.parse("Nerys Brook\nNursing Unit Manager at Caboolture Hospital Emergency Department\n"
                + "Caboolture, Queensland\n\nExperience\nNursing Unit Manager\nCaboolture Hospital\n2018 - Present\n", "nerys.txt");
        Profile nurse = ProfileReaders.parse("Maria Dantes\nEmergency Nurse at Cork University Hospital\nCork, Ireland\n\n"
                + "Experience\nStaff Nurse, Emergency\nCork University Hospital\n2017 - Present\n", "maria.txt");
        assertThat(advisor.check(nurse, num, "I applied for the ED nurse job in Caboolture last Friday, she is the NUM there.")
                .verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(advisor.check(nurse, num, "I sent my application for the ED nurse job at Caboolture last Friday")
                .verdict().decision()).isEqualTo(Decision.CONNECT);
    }
}

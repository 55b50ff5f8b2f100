package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.Clause.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteComposerTest {

    private static NotePlan plan(String reason) {
        return new NotePlan("met-at-event", List.of(
                new Clause(Role.GREETING, List.of("Hello Rhian,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of(reason), ""),
                new Clause(Role.WHO, List.of("I am a ward pharmacist at Penrhos General Hospital.")),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Owen"), "")));
    }

    @Test
    void whenTheLimitTakesTheSignOffAValedictionGoesBeforeTheName() {
        // a hand session: at 200 characters a formal note ended "… agency life? Kind regards." and lost "Hannah"
        NotePlan p = new NotePlan("worked-together", List.of(new Clause(Role.GREETING, List.of("Dear Oliver,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of("we worked together at Pennine People Partners, we both left in 2022."), ""),
                new Clause(Role.ASK, Clause.Source.USER, List.of("I'd like to reconnect now you are in-house at Northgate. How does in-house compare to agency life?"), ""),
                new Clause(Role.CLOSE, Clause.Source.CLOSE, List.of("Kind regards."), ""),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Hannah"), "")));
        assertThat(NoteComposer.compose(p, 300, 300).orElseThrow()).endsWith("Kind regards, Hannah");
        String note = NoteComposer.compose(p, 200, 200).orElseThrow();
        assertThat(note).endsWith("agency life? Hannah").doesNotContain("Kind regards");
    }

    @Test
    void whenTheWhoLineMustGoTheNameStillSignsTheNote() {
        String reason = "x".repeat(230) + ".";
        String note = NoteComposer.compose(plan(reason), 260, 260).orElseThrow();
        assertThat(note).doesNotContain("ward pharmacist").endsWith(" Owen");
    }

    @Test
    void aThanksWithAQuestionAfterItStepsDownToTheThanksBeforeTheUsersAccountIsCut() {
        String account = "you stayed on a video call with us until 11pm your time and found the wrong setting in the controller " + "y".repeat(90) + ".";
        NotePlan p = new NotePlan("reason", List.of(new Clause(Role.GREETING, List.of("Hello Julia,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of(account, "you supported us remotely."), ""),
                new Clause(Role.ASK, Clause.Source.USER, List.of("Thank you. Could you share a training document on valve gate sequence?",
                        "Thank you."), ""), // the wish with the ask typed after it, then the wish alone (OfflineDrafter.wishLevels)
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Kenta"), "")));
        String note = NoteComposer.compose(p, 270, 300).orElseThrow();
        assertThat(note).contains("until 11pm your time").contains("Thank you.").doesNotContain("valve gate");
    }

    @Test
    void theNameComesBackWhenDroppingTheProfilesContextMadeRoom() {
        // panel-10 pair 08 (development): the context went in the hard cuts, after the name had gone in the soft ones
        NotePlan p = new NotePlan("studied-together", List.of(new Clause(Role.GREETING, List.of("Hello Magdalena,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of("we built the line follower robot together in 3rd year."), ""),
                new Clause(Role.CONTEXT, List.of("I noticed we studied at the Wrocław University of Science and Technology around the same time.")),
                new Clause(Role.ASK, Clause.Source.USER, List.of("Congratulations on your promotion to DV lead at Baltic Silicon! Let's keep in touch."), ""),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Paweł"), "")));
        String note = NoteComposer.compose(p, 200, 200).orElseThrow();
        assertThat(note).doesNotContain("I noticed").endsWith("Let's keep in touch. Paweł");
    }

    @Test
    void whenOnlyTheNameMustGoTheWhoLineStays() {
        String reason = "x".repeat(190) + ".";
        String full = NoteComposer.join(plan(reason));
        String note = NoteComposer.compose(plan(reason), full.length() - 2, full.length() - 2).orElseThrow();
        assertThat(note).contains("ward pharmacist").doesNotEndWith(" Owen");
    }

    @Test
    void theDraftersOwnWordingOfThePointContinuesTheGreetingButTheUsersWordsStayAsTyped() {
        NotePlan congrats = new NotePlan("reason", List.of(new Clause(Role.GREETING, List.of("Hi Tunde,")),
                new Clause(Role.ASK, Clause.Source.USER, List.of("Congratulations on the new job at Ilu Transit!"), ""),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Chidinma"), "")));
        assertThat(NoteComposer.join(congrats)).startsWith("Hi Tunde, congratulations on the new job");
        NotePlan named = new NotePlan("reason", List.of(new Clause(Role.GREETING, List.of("Hi Tunde,")),
                new Clause(Role.ASK, Clause.Source.USER, List.of("Marieke suggested I write."), ""),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Chidinma"), "")));
        assertThat(NoteComposer.join(named)).startsWith("Hi Tunde, Marieke suggested");
    }

    @Test
    void aValedictionAndTheNameAreOneSignOffButAThanksIsItsOwnSentence() {
        NotePlan best = new NotePlan("reason", List.of(new Clause(Role.GREETING, List.of("Hi Ana,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of("we met at the Porto fair."), ""),
                new Clause(Role.CLOSE, Clause.Source.CLOSE, List.of("Best wishes."), ""),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Tom"), "")));
        assertThat(NoteComposer.join(best)).endsWith("fair. Best wishes, Tom");
        NotePlan thanks = new NotePlan("reason", List.of(new Clause(Role.GREETING, List.of("Hi Ana,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of("you trained me at Halden."), ""),
                new Clause(Role.CLOSE, Clause.Source.CLOSE, List.of("Thank you."), ""),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Tom"), "")));
        assertThat(NoteComposer.join(thanks)).endsWith("Thank you. Tom");
    }

    @Test
    void whatTheTwoTalkedAboutOutlastsTheWhoLineWhenTheLimitIsTight() {
        NotePlan p = new NotePlan("met-at-event", List.of(new Clause(Role.GREETING, List.of("Hello Rhian,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of("we sat together on the delayed Cardiff train last week."), ""),
                new Clause(Role.EXTRA, Clause.Source.USER, List.of("We talked about hospital pharmacy rotas."), ""),
                new Clause(Role.WHO, List.of("I am a ward pharmacist at Penrhos General Hospital.")),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Owen"), "")));
        String note = NoteComposer.compose(p, 130, 130).orElseThrow();
        assertThat(note).contains("hospital pharmacy rotas").doesNotContain("ward pharmacist");
    }

    /** Dana's note to Keisha after her edits (hand16): met once at a fair, so who writes matters. */
    private static NotePlan danaToKeisha() {
        return new NotePlan("met-at-event", List.of(new Clause(Role.GREETING, List.of("Hi Keisha,")),
                new Clause(Role.REASON, Clause.Source.USER, List.of("we met at the Columbus Nursing Career Fair 2 weeks ago. You came by our booth"
                        + " and we talked about ICU residencies and night differential.", "we met at the Columbus Nursing Career Fair 2 weeks ago."), ""),
                new Clause(Role.WHO, Clause.Source.PROFILE, List.of("I'm a senior healthcare recruiter at CarePath Staffing.",
                        "I'm a recruiter at CarePath Staffing."), ""),
                new Clause(Role.MENTION, Clause.Source.USER, List.of("You are finishing your BSN at Capital University in May."), "BSN"),
                new Clause(Role.ASK, Clause.Source.USER, List.of("Do you want me to keep you posted on ICU openings?"), ""),
                new Clause(Role.MENTION, Clause.Source.USER, List.of("Could you consider nights in the ICU?"), "nights"),
                new Clause(Role.CLOSE, Clause.Source.CLOSE, List.of("So glad we got to talk!"), ""),
                new Clause(Role.SIGN, Clause.Source.PROFILE, List.of("Dana"), "")));
    }

    @Test
    void aTightLimitLeavesOutTheReadBackAndTheDetailBeforeWhoWritesTheAskTheLastQuestionAndTheName() {
        // a hand session (hand16): "/limit 200" kept "You are finishing your BSN …" and lost who writes, the ask and the close
        // line alike; "start over" at 200 kept the talk at the booth and lost who writes and "Dana"
        String note = NoteComposer.compose(danaToKeisha(), 200, 200).orElseThrow();
        assertThat(note).startsWith("Hi Keisha, we met at the Columbus Nursing Career Fair 2 weeks ago.")
                .contains("recruiter at CarePath Staffing").contains("keep you posted").contains("Could you consider nights in the ICU?")
                .endsWith(" Dana").doesNotContain("BSN").doesNotContain("booth");
        NotePlan fresh = danaToKeisha().without(c -> c.role() == Role.MENTION || c.role() == Role.CLOSE);
        assertThat(NoteComposer.compose(fresh, 200, 200).orElseThrow())
                .isEqualTo("Hi Keisha, we met at the Columbus Nursing Career Fair 2 weeks ago. I'm a senior healthcare recruiter at CarePath Staffing."
                        + " Do you want me to keep you posted on ICU openings? Dana");
    }

    @Test
    void aLineThatToldTheRecipientWhatTheyAreNowReadsThemBackAndOneAboutWhatTheyDidDoesNot() {
        assertThat(NoteComposer.readsThemBack("You are finishing your BSN at Capital University in May.")).isTrue();
        assertThat(NoteComposer.readsThemBack("Your work with Critical Care is close to what the role needs.")).isTrue();
        assertThat(NoteComposer.readsThemBack("You came by our booth and we talked about ICU residencies.")).isFalse();
        assertThat(NoteComposer.readsThemBack("You were my preceptor at Riverside.")).isFalse();
        assertThat(NoteComposer.readsThemBack("Could you consider nights in the ICU?")).isFalse();
        assertThat(NoteComposer.readsThemBack("I'm a recruiter at CarePath Staffing.")).isFalse();
    }
}

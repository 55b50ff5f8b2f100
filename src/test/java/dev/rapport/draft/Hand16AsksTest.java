package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Faults a new user found in a hand session (6 December 2026, hand16 faults 6, 7 and 17): the user's question announced
 * with its question mark lost, refinements that would not ask it, a second-language reason read as not applied and its
 * slips carried into the note.
 */
class Hand16AsksTest {
    private static final Path HAND_16 = Path.of("src", "test", "resources", "hand-16-asks");
    private final OfflineDrafter drafter = new OfflineDrafter();
    private final Refiner refiner = new Refiner(drafter, RuleSet.builtIn());

    private List<String> notes(String slug) {
        return drafter.draft(Pairs.request(HAND_16, slug)).stream().map(Note::text).toList();
    }

    /** The first note after each request in turn, and the last refinement's report. */
    private record Refined(String note, String report, boolean changed) {
    }

    private Refined refine(String slug, String... requests) {
        DraftRequest r = Pairs.request(HAND_16, slug);
        NotePlan plan = drafter.plans(r).get(0);
        Refinement out = null;
        for (String request : requests) {
            out = refiner.refine(plan, request, r);
            plan = out.plan();
        }
        return new Refined(drafter.realise(plan, r).map(Note::text).orElseThrow(), out.report(), out.changed());
    }

    private static long questionMarks(String s) {
        return s.chars().filter(c -> c == '?').count();
    }

    @Test
    void aLabelledQuestionTypedInAStatementsOrderIsAsked() {
        // "want ask him one question: the team use Python or mostly SQL?" gave "I'd like to ask you one question: the team
        // use Python or mostly SQL." (the question mark gone, the question announced)
        assertThat(notes("mariana-jonathan-question")).isNotEmpty()
                .allMatch(n -> n.contains("Does the team use Python or mostly SQL?") && !n.contains("one question:"));
    }

    @Test
    void aLabelledQuestionInALaterSentenceIsAskedAfterAPointThatAsksNothing() {
        // "… i would like you know my application. want ask him one question: …?": the question was left out
        assertThat(notes("mariana-jonathan-wish-then-question").get(0)).endsWith("Does the team use Python or mostly SQL? Mariana");
    }

    @Test
    void askIfAsksTheQuestionInPlaceOfTheLineThatOnlyAnnouncedOne() {
        // "ask if the team uses Python or mostly SQL" was refused as repetition of the announcement
        Refined asked = refine("mariana-jonathan-announced", "ask if the team uses Python or mostly SQL");
        assertThat(asked.changed()).isTrue();
        assertThat(asked.note()).contains("Does the team use Python or mostly SQL?").doesNotContain("one question about the team");
        assertThat(asked.report()).contains("It takes the place of the question");
        // ... and on a note that asks it already, the answer says so
        Refined again = refine("mariana-jonathan-question", "ask if the team uses Python or mostly SQL");
        assertThat(again.changed()).isFalse();
        assertThat(again.report()).contains("already asks");
    }

    @Test
    void dropTheQuestionDropsAnAnnouncedOneAndAQuestionTheUserAdded() {
        // "drop the question" answered "The note asks no question" on "I would like to ask you one question about the team."
        Refined dropped = refine("mariana-jonathan-announced", "drop the question");
        assertThat(dropped.changed()).isTrue();
        assertThat(dropped.note()).doesNotContain("one question");
        Refined added = refine("mariana-jonathan-announced", "ask if the team uses Python or mostly SQL", "drop the question");
        assertThat(added.changed()).isTrue();
        assertThat(added.note()).doesNotContain("?");
    }

    @Test
    void endWithAQuestionAboutWhetherAsksIt() {
        // gave "I would like to ask whether the team uses Python or mostly SQL." (announced, not asked)
        Refined r = refine("mariana-jonathan-question", "drop the question",
                "end with a question about whether the team uses Python or mostly SQL");
        assertThat(r.changed()).isTrue();
        assertThat(r.note()).contains("Does the team use Python or mostly SQL?").doesNotContain("I would like to ask whether");
    }

    @Test
    void aQuestionOnTheThingTheUsersAskIsAboutTakesItsPlaceAndIsNotCalledAskedAlready() {
        // "ask her what the interview process at Loblaw Digital is like" answered "The note already asks that" when the
        // note only said "I would like to ask you some tips for the interview process"
        Refined r = refine("mariana-priscila-tips", "ask her what the interview process at Loblaw Digital is like");
        assertThat(r.changed()).isTrue();
        assertThat(r.note()).contains("What is the interview process at Loblaw Digital like?").doesNotContain("some tips");
        assertThat(r.report()).contains("It takes the place of");
    }

    @Test
    void askWhetherSheWouldKeepsWouldAndTheNewQuestionReplacesTheOldOne() {
        // "Could you consider nights in the ICU?" was added after "Do you want me to keep you posted on ICU openings?"
        Refined r = refine("dana-keisha", "ask whether she would consider nights in the ICU");
        assertThat(r.changed()).isTrue();
        assertThat(r.note()).contains("Would you consider nights in the ICU?").doesNotContain("Could you consider");
        assertThat(questionMarks(r.note())).isEqualTo(1);
        assertThat(r.report()).contains("It takes the place of the question “Do you want me to keep you posted on ICU openings?”");
    }

    @Test
    void anApplicationSentLastFridayIsAnApplicationMade() {
        // "i send my aplication for the Data Analyst role last friday" was follow-first ("Apply that way first")
        DraftRequest r = Pairs.request(HAND_16, "mariana-jonathan-sent");
        assertThat(r.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(notes("mariana-jonathan-sent").get(0)).contains("I sent my application for the Data Analyst role last Friday")
                .contains("4 years of experience").doesNotContain("experiencia").doesNotContain("I'll send");
    }

    @Test
    void commonSecondLanguageSlipsAreNotCarriedIntoTheNote() {
        // "You did same certificate before me. I apply for job in Loblaw Digital last week. I like to ask wich skills is most
        // important for the team." went into the note as typed
        assertThat(notes("mariana-priscila").get(0)).contains("did the same certificate").contains("I applied for")
                .contains("May I ask which skills are most important").doesNotContain("wich").doesNotContain("I apply");
    }
}

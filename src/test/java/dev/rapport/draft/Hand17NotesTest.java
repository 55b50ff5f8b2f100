package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.Clause.Role;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults seen in a hand session as a seller (hand17, 6 December 2026: an SDR writing to an HR director she met at a summit). */
class Hand17NotesTest {
    private static final Path PAIR = Path.of("src", "test", "resources", "hand-17", "bea-ramon");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private String first(String why) {
        return drafter.draft(Pairs.withReason(PAIR, why)).get(0).text();
    }

    @Test
    void theUsersDirectQuestionInsideAnAnnouncedOneIsAskedAsTyped() {
        // "I'd like to ask how does your team check overtime before payroll cutoff."
        String note = first("ramon stopped by our booth at HR Tech Summit Manila after his panel. want to ask how does his team check overtime before payroll cutoff");
        assertThat(note).contains("How does your team check overtime before payroll cutoff?").doesNotContain("ask how does");
    }

    @Test
    void aPostAboutTheOccasionTheUserAlreadyNamesIsNotReadBackBesideIt() {
        // "I heard your panel at HR Tech Summit Manila … Your post on payroll caught my attention." (the post thanks the summit)
        String note = first(null);
        assertThat(note).contains("HR Tech Summit Manila").doesNotContainIgnoringCase("your post");
    }

    @Test
    void aTitleWhoseHeadSaysLittleAloneStepsDownToTheEmployer() {
        // "I am a representative at Cloudbridge Payroll." at a tight limit
        NotePlan plan = drafter.plans(Pairs.request(PAIR)).get(0);
        List<String> who = plan.clauses().stream().filter(c -> c.role() == Role.WHO).findFirst().orElseThrow().levels();
        assertThat(who).hasSize(2);
        assertThat(who.get(0)).contains("sales development representative at Cloudbridge Payroll");
        assertThat(who.get(1)).doesNotContain("representative").contains("Cloudbridge Payroll");
    }

    @Test
    void aSellersPromiseToldInTheUsersShorthandIsKept() {
        // "told him id send our 13th month checklist, got it now": the note said only who writes and the booth visit
        for (String why : List.of(
                "ramon stopped by our booth at HR Tech Summit Manila. told him id send our 13th month checklist, got it now",
                "ramon stopped by our booth at HR Tech Summit Manila, told him id send the 13th month checklist when we had it, got it now")) {
            String note = first(why);
            assertThat(note).as(why).contains("As promised, I'll send you").contains("13th month checklist")
                    .contains("thanks for stopping by our booth").doesNotContain("You got it now").doesNotContain(" id ");
        }
    }

    @Test
    void aPromiseKeptStaysBesideAQuestionTheUserAlsoAsks() {
        // the note asked the question and left out the promise, the reason for writing now
        String note = first("ramon stopped by our booth at HR Tech Summit Manila after his panel. told him id send our 13th month"
                + " checklist, got it now. want to ask also how does his team check overtime before payroll cutoff");
        // (the seller's question about the buyer's process is held back as lead-gen; the promise stays)
        assertThat(note).contains("As promised, I'll send you our 13th month checklist.").doesNotContain("ask how does")
                .doesNotContain("ask also");
    }

    @Test
    void warmerDoesNotTradeWhatTheTwoTalkedAboutForACourtesyClose() {
        // "warmer" left out "We talked about 13th month pay errors at the 3 plants …" to make room for "Great meeting you!"
        DraftRequest r = Pairs.withReason(PAIR, "ramon stopped by our booth at HR Tech Summit Manila after his panel, we talked about"
                + " 13th month pay errors at the 3 plants and he said the timesheets are the problem, esp the night shift overtime at"
                + " the Laguna plant. told him id send our 13th month checklist, got it now");
        NotePlan plan = drafter.plans(r).get(0);
        assertThat(drafter.realise(plan, r).orElseThrow().text()).contains("We talked about 13th month pay errors");
        Refinement out = new Refiner(drafter, dev.rapport.etiquette.RuleSet.builtIn()).refine(plan, "warmer", r);
        NotePlan after = out.changed() ? out.plan() : plan;
        assertThat(drafter.realise(after, r).orElseThrow().text()).contains("We talked about 13th month pay errors");
        assertThat(out.report()).doesNotContain("no longer says");
    }

    @Test
    void whatTheUserWantsTheNoteToDoIsNotSaidToTheRecipient() {
        // "I'd like the note to be about keeping that promise" ended a note as its last sentence, in place of the promise
        String note = first("met ramon at our booth at HR Tech Summit Manila, I promised to send him our 13th month checklist."
                + " I'd like the note to be about keeping that promise");
        assertThat(note).doesNotContainIgnoringCase("the note").contains("As promised, I'll send you our 13th month checklist.");
    }

    @Test
    void shorterLeavesOutADetailBeforeTheUsersQuestionBesideAPromise() {
        // a real-terminal session on example pair 03: "shorter" went from 259 to 175 characters and left out the question
        DraftRequest r = Pairs.withReason(Pairs.EXAMPLES.resolve("03-met-at-meetup"), "met her at DevOpsDays Denver last week after her"
                + " talk on on-call fatigue, told her id send our runbook template for handoffs. also want to ask how does her team"
                + " rotate the secondary on-call");
        NotePlan plan = drafter.plans(r).get(0);
        Refinement out = new Refiner(drafter, dev.rapport.etiquette.RuleSet.builtIn()).refine(plan, "shorter", r);
        assertThat(out.changed()).isTrue();
        assertThat(drafter.realise(out.plan(), r).orElseThrow().text()).contains("As promised, I'll send you our runbook template")
                .contains("How does your team rotate the secondary on-call?");
    }
}

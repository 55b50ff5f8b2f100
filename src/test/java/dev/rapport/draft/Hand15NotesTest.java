package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults a new user found in the notes of a hand session (6 December 2026), each held on the pair they used. */
class Hand15NotesTest {
    private static final Path HAND_15 = Path.of("src", "test", "resources", "hand-15");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private List<String> notes(String slug) {
        return drafter.draft(Pairs.request(HAND_15, slug)).stream().map(Note::text).toList();
    }

    @Test
    void noVariantReadsTheRecipientsProfileBackToHer() {
        // "Your profile mentions that you are happy to answer questions about graduate schemes." in note 2
        assertThat(notes("kwame-olivia")).isNotEmpty()
                .noneMatch(n -> n.contains("your profile") || n.contains("Your profile") || n.contains("on your profile"));
    }

    @Test
    void theEmployerBothWereAtInTheSameYearsIsNamedBesideTheUsersOwnStory() {
        // the verdict cites "You both worked at Sky Betting & Gaming, 2025"; the first note left it out
        assertThat(notes("kwame-olivia").get(0)).contains("you mentored me").contains("Sky Betting & Gaming");
    }

    @Test
    void aContactAtOneOfTheSendersTargetAccountsIsAPitchInWaitingAndTheNoteAnnouncesNoLaterStep() {
        // "hes now at maharlika insurance which is one of my target accounts haha. want to reconnect first":
        // "I would like to reconnect first." and no pitch-intent caution
        DraftRequest r = Pairs.request(HAND_15, "bea-paolo");
        assertThat(r.verdict().reasons()).extracting(dev.rapport.etiquette.Reason::rule).contains("pitch-intent");
        assertThat(notes("bea-paolo")).isNotEmpty().allMatch(n -> n.contains("reconnect") && !n.contains("first"));
    }

    @Test
    void shorterAndWarmerTogetherGiveAShorterNote() {
        // "shorter, warmer and mention the prorating": shorter left out the close, warmer put a longer one back (206 to 214)
        DraftRequest r = Pairs.request(HAND_15, "bea-joy");
        NotePlan plan = drafter.plans(r).get(0);
        Refiner refiner = new Refiner(drafter, dev.rapport.etiquette.RuleSet.builtIn());
        String shorter = drafter.realise(refiner.refine(plan, "shorter", r).plan(), r).map(Note::text).orElseThrow();
        String both = drafter.realise(refiner.refine(plan, "shorter, warmer", r).plan(), r).map(Note::text).orElseThrow();
        assertThat(both.length()).isLessThanOrEqualTo(shorter.length());
        assertThat(both).startsWith("Hi Joy,");
    }

    @Test
    void shorterLeavesOutALinkReadOffTheProfilesBesideTheUsersOwnAndTheAskIsTheQuestionKept() {
        // "shorter but keep the question" on the alumni note: "as short as it gets", and "There is no question I can
        // truthfully put back …, for example: mention my question: how did you size the rotation?" (another conversation's)
        DraftRequest r = Pairs.request(HAND_15, "kwame-olivia");
        NotePlan alumni = drafter.plans(r).stream().filter(p -> p.angle().equals("alumni")).findFirst().orElseThrow();
        assertThat(drafter.realise(alumni, r).map(Note::text).orElseThrow()).contains("I'm a student at the University of Leeds");
        Refinement out = new Refiner(drafter, dev.rapport.etiquette.RuleSet.builtIn()).refine(alumni, "shorter but keep the question", r);
        assertThat(out.changed()).isTrue();
        assertThat(drafter.realise(out.plan(), r).map(Note::text).orElseThrow())
                .contains("you mentored me").contains("I'd like to ask you about the grad scheme").doesNotContain("University of Leeds");
        assertThat(out.report()).contains("already asks").doesNotContain("rotation");
    }

    @Test
    void theSuggestedCommentClaimsNoWorkOnThePostsSubjectThatTheSendersProfileDoesNotName() {
        // "As a sales development representative I run into this too" on a question about a payroll computation
        DraftRequest r = Pairs.request(HAND_15, "bea-joy-answer");
        List<String> lines = new Suggestions().suggest(r);
        assertThat(lines).anyMatch(l -> l.contains("A comment to start from")).noneMatch(l -> l.contains("I run into this too"));
    }
}

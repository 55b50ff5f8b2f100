package dev.rapport.etiquette;

import static dev.rapport.etiquette.People.DANIEL;
import static dev.rapport.etiquette.People.PRIYA;
import static dev.rapport.etiquette.People.WORKED_AT_STRIPEWELL;
import static dev.rapport.etiquette.People.purpose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.purpose.Intent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutreachRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    final RuleSet rules = RuleSet.builtIn();
    final ConnectionJudge judge = new ConnectionJudge(rules);

    private Verdict colleague(OutreachHistory history) {
        return judge.judge(DANIEL, PRIYA, purpose("reconnect after years", Intent.RECONNECT),
                List.of(WORKED_AT_STRIPEWELL), history);
    }

    private static OutreachHistory with(Mark mark, LocalDate on) {
        return new OutreachHistory(TODAY, List.of(new OutreachHistory.Event(mark, on, true)), null);
    }

    @Test
    void withoutHistoryTheVerdictIsTheSameAsWithoutAJournal() {
        Verdict plain = judge.judge(DANIEL, PRIYA, purpose("reconnect after years", Intent.RECONNECT), List.of(WORKED_AT_STRIPEWELL));
        assertThat(colleague(OutreachHistory.none(TODAY))).isEqualTo(plain);
        assertThat(plain.decision()).isEqualTo(Decision.CONNECT);
    }

    @Test
    void anInvitationSentYesterdayMeansWaitAndNamesTheDay() {
        Verdict v = colleague(with(Mark.SENT, TODAY.minusDays(1)));
        assertThat(v.decision()).isEqualTo(Decision.FOLLOW_FIRST);
        assertThat(v.warrant()).isLessThanOrEqualTo(20);
        assertThat(v.reasons().get(0).rule()).isEqualTo("recent-invite");
        assertThat(v.reasons().get(0).message()).contains("15 November 2026").contains("yesterday").contains("6 December 2026");
        assertThat(v.reasons()).extracting(Reason::rule).contains("relationship");
    }

    @Test
    void threeWeeksAfterSendingTheRuleIsQuiet() {
        assertThat(colleague(with(Mark.SENT, TODAY.minusDays(21))).decision()).isEqualTo(Decision.CONNECT);
        assertThat(colleague(with(Mark.SENT, TODAY.minusDays(20))).decision()).isEqualTo(Decision.FOLLOW_FIRST);
    }

    @Test
    void aWithdrawnInvitationBlocksANewOneForThreeWeeks() {
        Verdict v = colleague(with(Mark.WITHDRAWN, TODAY.minusDays(10)));
        assertThat(v.decision()).isEqualTo(Decision.FOLLOW_FIRST);
        assertThat(v.reasons().get(0)).satisfies(r -> {
            assertThat(r.rule()).isEqualTo("recent-invite");
            assertThat(r.severity()).isEqualTo(Severity.ERROR);
            assertThat(r.message()).contains("27 November 2026").contains("10 days ago");
        });
        assertThat(colleague(with(Mark.WITHDRAWN, TODAY.minusDays(22))).decision()).isEqualTo(Decision.CONNECT);
    }

    @Test
    void anIgnoredInvitationIsNotFollowedByAnother() {
        Verdict v = colleague(with(Mark.IGNORED, TODAY.minusDays(60)));
        assertThat(v.decision()).isEqualTo(Decision.FOLLOW_FIRST);
        assertThat(v.reasons().get(0).message()).contains("unanswered");
    }

    @Test
    void aDoNotConnectStaysSoAndGainsTheReason() {
        Verdict v = judge.judge(DANIEL, PRIYA, purpose("pitch our CRM", Intent.SELLING), List.of(),
                with(Mark.SENT, TODAY.minusDays(2)));
        assertThat(v.decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(v.reasons()).extracting(Reason::rule).startsWith("pitch-intent").contains("recent-invite");
    }

    @Test
    void anAcceptedInvitationAsksForAThankYouNotAnotherRequest() {
        OutreachHistory h = new OutreachHistory(TODAY, List.of(
                new OutreachHistory.Event(Mark.SENT, TODAY.minusDays(5), true),
                new OutreachHistory.Event(Mark.ACCEPTED, TODAY.minusDays(1), true)), null);
        Verdict v = colleague(h);
        assertThat(v.reasons().get(0).rule()).isEqualTo("follow-up");
        assertThat(v.reasons().get(0).message()).contains("thank-you").contains("15 November 2026");
        assertThat(v.reasons()).extracting(Reason::rule).doesNotContain("recent-invite");
    }

    @Test
    void aStrangerWhoAcceptedIsNoLongerToldToBeFollowedFirst() {
        // a hand session: "you are connected … a thank-you" and "You have no shared history … connect once they know your name"
        Verdict v = judge.judge(DANIEL, PRIYA, purpose("she accepted my invitation, I want to thank her"), List.of(),
                with(Mark.ACCEPTED, TODAY.minusDays(2)));
        assertThat(v.reasons()).extracting(Reason::rule).containsExactly("follow-up");
        assertThat(judge.judge(DANIEL, PRIYA, purpose("she accepted my invitation, I want to thank her"), List.of(),
                OutreachHistory.none(TODAY)).reasons()).extracting(Reason::rule).contains("no-context");
    }

    @Test
    void anExhaustedNoteBudgetWarnsAConnectWithTheDayItRenews() {
        NoteBudget used = new NoteBudget(5, 5, LocalDate.of(2026, 12, 1));
        Verdict v = colleague(new OutreachHistory(TODAY, List.of(), used));
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        Reason last = v.reasons().get(v.reasons().size() - 1);
        assertThat(last.rule()).isEqualTo("note-budget");
        assertThat(last.severity()).isEqualTo(Severity.WARNING);
        assertThat(last.message()).contains("5 of the 5").contains("without a note").contains("1 December 2026");
        assertThat(colleague(new OutreachHistory(TODAY, List.of(), new NoteBudget(4, 5, LocalDate.of(2026, 12, 1))))
                .reasons()).extracting(Reason::rule).doesNotContain("note-budget");
        assertThat(colleague(new OutreachHistory(TODAY, List.of(), new NoteBudget(40, 0, LocalDate.of(2026, 12, 1))))
                .reasons()).extracting(Reason::rule).doesNotContain("note-budget");
    }

    @Test
    void theRulesCanBeSwitchedOffAndTheBudgetChangedInAUsersFile() {
        RuleSet mine = rules.overlay("""
                rules:
                  - id: recent-invite
                    enabled: false
                  - id: note-budget
                    params: {monthly-notes: 8}
                """, "mine.yaml");
        Verdict v = new ConnectionJudge(mine).judge(DANIEL, PRIYA, purpose("reconnect", Intent.RECONNECT),
                List.of(WORKED_AT_STRIPEWELL), with(Mark.SENT, TODAY));
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        assertThat(OutreachRules.monthlyNotes(mine)).isEqualTo(8);
        assertThat(OutreachRules.monthlyNotes(rules)).isEqualTo(5);
    }

    @Test
    void theOutreachRulesCarryTeachingMaterial() {
        for (String id : List.of("recent-invite", "note-budget", "follow-up")) {
            Rule r = rules.rule(id).orElseThrow();
            assertThat(r.level()).isEqualTo(Rule.Level.CONNECTION);
            assertThat(r.rationale()).hasSizeGreaterThan(80).doesNotContain("\n");
            assertThat(r.good()).isNotBlank().isNotEqualTo(r.bad());
            assertThat(r.bad()).isNotBlank();
        }
    }
}

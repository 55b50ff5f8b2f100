package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A user's runaway pattern cannot hang a check or blow the stack: it stops at its step budget, is
 * skipped from then on, and its rule is reported once by id; the other rules still run.
 */
class RegexBudgetTest {
    private static RuleSet withPattern(String regex) {
        return RuleSet.builtIn().overlay("""
                rules:
                  - id: runaway
                    level: note
                    title: A pattern that backtracks
                    severity: warning
                    params:
                      patterns: ['%s']
                """.formatted(regex), "mine.yaml");
    }

    @Test
    @Timeout(20)
    void catastrophicBacktrackingStopsAndIsReportedOnce() {
        RuleSet rules = withPattern("(.*[aeiou]){12}[z]{3}"); // (a class, not a word: no word it needs lets the gate skip it)
        List<String> reported = new ArrayList<>();
        rules.guard().onBlown(reported::add);
        NoteRules notes = new NoteRules(rules);
        String note = "Hi Ana, we met at the DevOps meetup in Leeds; our talk about queues was a real education. "
                + "Buy our platform today.";
        List<Finding> first = notes.check(note, null);
        List<Finding> second = notes.check(note, null);
        assertThat(reported).containsExactly("runaway");
        assertThat(rules.guard().blownRules()).containsExactly("runaway");
        assertThat(first).extracting(Finding::rule).doesNotContain("runaway").contains("pitch");
        assertThat(second).extracting(Finding::rule).isEqualTo(first.stream().map(Finding::rule).toList());
        new Critic(rules).critique(note, null); // the critique path is bounded the same way
        assertThat(reported).hasSize(1);
    }

    @Test
    @Timeout(20)
    void deepRecursionIsCaughtNotPrinted() {
        RuleSet rules = withPattern("(a|b)*[c]");
        List<String> reported = new ArrayList<>();
        rules.guard().onBlown(reported::add);
        String note = "ab".repeat(8_000);
        assertThat(new NoteRules(rules).check(note, null)).extracting(Finding::rule).doesNotContain("runaway");
        assertThat(reported).containsExactly("runaway");
    }

    @Test
    void anOrdinaryPatternStillMatchesWithinItsBudget() {
        RuleSet rules = withPattern("\\bzoom\\s+call\\b");
        assertThat(new NoteRules(rules).check("Hi Ana, could we do a zoom call soon?", null))
                .extracting(Finding::rule).contains("runaway");
        assertThat(rules.guard().blownRules()).isEmpty();
    }

    @Test
    void aVeryLongNoteIsCappedBeforeMatching() {
        String longNote = "word ".repeat(100_000);
        assertThat(NoteRules.capped(longNote)).hasSize(NoteRules.MAX_NOTE_CHARS);
    }
}

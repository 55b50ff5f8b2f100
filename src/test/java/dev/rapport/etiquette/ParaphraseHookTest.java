package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional paraphrase hook in the note rules, with a scripted stand-in for the model. */
class ParaphraseHookTest {
    private static final String LEAD_GEN = "Hi Tessa, I'd love to understand where your platform is heading.";

    private static NoteMeaning echoing(String ruleId, String phrase) {
        return (note, rule) -> {
            int at = note.indexOf(phrase);
            return rule.id().equals(ruleId) && at >= 0 ? List.of(new NoteMeaning.Echo(at, at + phrase.length(), 0.9)) : List.of();
        };
    }

    @Test
    void withoutAHookTheRulesAreExactlyTheLexicalOnes() {
        NoteContext bare = NoteContext.bare(300);
        assertThat(new NoteRules(RuleSet.builtIn(), NoteMeaning.NONE).check(LEAD_GEN, bare))
                .isEqualTo(new NoteRules(RuleSet.builtIn()).check(LEAD_GEN, bare));
    }

    @Test
    void aParaphraseTheHookRecognisesBecomesAFindingOfThatRuleWithItsSpan() {
        String phrase = "I'd love to understand where your platform is heading.";
        List<Finding> findings = new NoteRules(RuleSet.builtIn(), echoing("lead-gen", phrase)).check(LEAD_GEN, NoteContext.bare(300));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("lead-gen");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(LEAD_GEN.substring(f.start(), f.end())).isEqualTo(phrase);
        });
    }

    @Test
    void aParaphrasedStockLineStandsInForTheGenericFindingAsTheStockLineDoes() {
        String note = "Hi Omar, always keen to meet more people in the industry.";
        NoteRules rules = new NoteRules(RuleSet.builtIn(), echoing("no-reason", "always keen to meet more people in the industry."));
        List<String> ids = rules.check(note, NoteContext.bare(300)).stream().map(Finding::rule).toList();
        assertThat(ids).contains("no-reason").doesNotContain("generic");
        assertThat(new NoteRules(RuleSet.builtIn()).check(note, NoteContext.bare(300)).stream().map(Finding::rule))
                .contains("generic");
    }

    @Test
    void aParaphrasedStockLineBesidePraiseAloneCountsInFull() {
        // the praise names "L&D" and "Asia", which is no reason to connect; the model's echo was called wasted characters
        String line = "Always keen to meet more people in the industry.";
        String note = "Hi Mei, you are without doubt the most inspiring L&D leader in Asia. " + line + " Kumar";
        NoteRules rules = new NoteRules(RuleSet.builtIn(), echoing("no-reason", line));
        assertThat(rules.check(note, NoteContext.bare(300))).filteredOn(f -> f.rule().equals("no-reason")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aRuleThatAlreadyFoundItsPhraseIsNotReportedTwice() {
        String note = "Hi Tessa, I'd love to hear about your IT priorities for next year.";
        NoteRules rules = new NoteRules(RuleSet.builtIn(), (n, rule) -> List.of(new NoteMeaning.Echo(0, n.length(), 0.99)));
        assertThat(rules.check(note, NoteContext.bare(300)).stream().filter(f -> f.rule().equals("lead-gen"))).hasSize(1);
    }
}

package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Rule;
import dev.rapport.etiquette.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `rapport rules ID` and /explain speak to people: phrase lists and plain words, never a regular expression. */
class RulesTextTest {
    private final RuleSet rules = RuleSet.builtIn();
    private final RulesText text = new RulesText(Styler.plain());

    @Test
    void noExplanationShowsARegularExpression() {
        for (Rule r : rules.all()) {
            String shown = text.explain(r);
            r.params().forEach((key, value) -> {
                if ((key.equals("patterns") || key.endsWith("-patterns")) && value instanceof List<?> regexes) {
                    for (Object regex : regexes) {
                        assertThat(shown).as(r.id() + " shows " + regex).doesNotContain(String.valueOf(regex));
                    }
                    assertThat(r.phrases(key + RulesText.IN_WORDS)).as(r.id() + ": " + key + " described in plain words")
                            .isNotEmpty();
                }
            });
            assertThat(shown).as(r.id()).doesNotContain("\\b").doesNotContain("(?:").doesNotContain("\\s");
        }
    }

    @Test
    void patternsAreDescribedAndPhraseListsSampled() {
        String pitch = text.explain(rules.rule("pitch").orElseThrow());
        assertThat(pitch).contains("phrases: 29 entries").contains("“our product”")
                .contains("patterns: 13 patterns, which match").contains("“we help companies”");
        for (String line : pitch.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
    }
}

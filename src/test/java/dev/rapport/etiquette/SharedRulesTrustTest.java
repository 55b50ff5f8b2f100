package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A shared rules file is untrusted text too, and a link is a link whatever its domain. */
class SharedRulesTrustTest {
    @Test
    void escapeSequencesInARulesFileNeverReachTheScreen() {
        RuleSet rules = RuleSet.builtIn().overlay("""
                rules:
                  - id: sneaky
                    level: note
                    title: "Sneaky \\e[2J\\e]0;owned\\a title"
                    rationale: "Looks \\e[31mred\\e[0m"
                    severity: info
                    good: "ok \\e[5m"
                    bad: "bad \\u202e"
                    params:
                      phrases: [sneaky]
                """, "shared.yaml");
        Rule r = rules.rule("sneaky").orElseThrow();
        for (String text : List.of(r.title(), r.rationale(), r.good(), r.bad())) {
            assertThat(text).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E");
        }
        assertThat(r.title()).isEqualTo("Sneaky  title");
    }

    @Test
    void anyDomainShapedTokenIsALink() {
        NoteRules notes = new NoteRules(RuleSet.builtIn());
        assertThat(notes.check("Hi Ana, BUY NOW at evil.example today.", null)).extracting(Finding::rule).contains("link");
        assertThat(notes.check("Hi Ana, see shop.example.museum/deal for more.", null)).extracting(Finding::rule)
                .contains("link");
        assertThat(notes.check("Hi Ana, your talk on Node.js and e.g. ASP.NET tooling was great. Ph.D. work too.", null))
                .extracting(Finding::rule).doesNotContain("link");
    }
}

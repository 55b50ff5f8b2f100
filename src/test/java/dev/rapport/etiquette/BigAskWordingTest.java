package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BigAskWordingTest {
    private final NoteRules rules = new NoteRules(RuleSet.builtIn());

    @Test
    void aGoodWordWithTheRecruiterIsABigAskOfAStranger() {
        // hand session: "Could you put in a good word with the recruiter?" passed the drafter's gate, while "refer me" did not
        assertThat(rules.check("Hi Meera, I applied for the senior analyst role on Monday. Could you put in a good word with the recruiter?", null))
                .anyMatch(f -> f.rule().equals("big-ask"));
        assertThat(rules.check("Hi Meera, I applied for the senior analyst role on Monday and would be glad to hear how the team works.", null))
                .noneMatch(f -> f.rule().equals("big-ask"));
    }
}

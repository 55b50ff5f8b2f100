package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wrong-name rule takes its titles from the one gazetteer, and a rules file can still add to or replace them. */
class HonorificsTest {
    private static final Profile PRIYA = ProfileReaders.read(Path.of("examples/pairs/01-former-colleagues/them.txt"));

    private static List<String> rules(RuleSet set, String note) {
        return new NoteRules(set).check(note, new NoteContext(null, PRIYA, null, List.of(), 300)).stream()
                .map(Finding::rule).toList();
    }

    @Test
    void everyTitleOfTheGazetteerIsATitleToTheWrongNameRule() {
        for (String title : dev.rapport.text.Honorifics.words()) {
            String t = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            assertThat(rules(RuleSet.builtIn(), "Dear " + t + " Raman, we both worked on the risk team at Stripewell."))
                    .as(t).doesNotContain("wrong-name");
        }
        assertThat(rules(RuleSet.builtIn(), "Dear Maria, we both worked on the risk team at Stripewell.")).contains("wrong-name");
    }

    @Test
    void aRulesFileCanStillAddToOrReplaceTheTitles() {
        String captain = "Dear Admiral Raman, we both worked on the risk team at Stripewell.";
        String dame = "Dear Dame Raman, we both worked on the risk team at Stripewell.";
        assertThat(rules(RuleSet.builtIn(), captain)).contains("wrong-name");
        RuleSet extended = RuleSet.builtIn().overlay("rules:\n  - id: wrong-name\n    extend:\n      honorifics: [admiral]\n", "mine.yaml");
        assertThat(rules(extended, captain)).doesNotContain("wrong-name");
        assertThat(rules(extended, dame)).doesNotContain("wrong-name");
        RuleSet replaced = RuleSet.builtIn().overlay("rules:\n  - id: wrong-name\n    params:\n      honorifics: [dr]\n", "mine.yaml");
        assertThat(rules(replaced, dame)).contains("wrong-name");
    }
}

package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.PurposeReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Hi Tunde" to Babatunde is right when the sender's own reason calls him Tunde, and a wrong name otherwise. */
class NicknameGreetingTest {
    private final NoteRules rules = new NoteRules(RuleSet.builtIn());
    private static final Profile ME = People.person("Chidinma Obi", "Backend engineer", "Kobo Ledger");
    private static final Profile TUNDE = People.person("Babatunde Adeyemi", "Head of Engineering", "Ilu Transit");
    private static final String NOTE = "Hi Tunde, we worked together at Kobo Ledger. Congratulations on the new job at Ilu Transit! Chidinma";

    private List<String> rulesFound(String why) {
        return rules.check(NOTE, new NoteContext(ME, TUNDE, PurposeReader.read(why), List.of(), 300)).stream()
                .filter(f -> f.severity() != Severity.INFO).map(Finding::rule).toList();
    }

    @Test
    void theNameTheSenderCallsThemByIsTheirs() {
        assertThat(rulesFound("congrats to Tunde on the new job at Ilu Transit, we worked together at Kobo Ledger")).doesNotContain("wrong-name");
    }

    @Test
    void aShortFormTheReasonNeverUsesIsStillAWrongName() {
        assertThat(rulesFound("congrats on the new job at Ilu Transit, we worked together at Kobo Ledger")).contains("wrong-name");
    }
}

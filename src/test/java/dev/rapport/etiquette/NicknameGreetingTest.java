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

    @Test
    void aShortNameTheirOwnPageCallsThemByIsTheirs() {
        // a new user's critique of "Hi Roz" to Rosalyn, whose page says "Roz has …", "Roz, first of all …", was told to greet Rosalyn
        Profile page = People.profile("Rosalyn Ingram", "Chief Procurement Officer", "State Purchasing",
                "Roz has thirty years in state government. Roz, first of all, congratulations on your re-election.", java.util.Set.of(), List.of());
        String note = "Hi Roz, thanks for your panel in Grand Rapids last month on cooperative contracts. Derek";
        assertThat(rules.check(note, new NoteContext(ME, page, dev.rapport.purpose.Purpose.NONE, List.of(), 300)))
                .noneMatch(f -> f.rule().equals("wrong-name"));
        // once is no name they go by, nor a name that begins otherwise
        Profile once = People.profile("Rosalyn Ingram", "Chief Procurement Officer", "State Purchasing", "Roz has thirty years in state"
                + " government.", java.util.Set.of(), List.of());
        assertThat(rules.check(note, new NoteContext(ME, once, dev.rapport.purpose.Purpose.NONE, List.of(), 300)))
                .anyMatch(f -> f.rule().equals("wrong-name"));
    }
}

package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.PurposeReader;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Faults four new users found on 7 December, afternoon (a seller on a free account, a job seeker, a trainer, an event
 * networker outside tech), on public pages nobody here wrote; these profiles are our own, in the same layouts.
 */
class Hand29SessionsTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile luis = ProfileReaders.parse("Luis Ortega\nBackend Engineer at Nopal Labs\nMonterrey, Mexico\n\n"
            + "Experience\nBackend Engineer\nNopal Labs\n2022 - Present\n", "luis.txt");
    private final Profile hannah = ProfileReaders.parse("Hannah Weiss\nStaff Engineer | Rust | Programme committee, RustConf\n"
            + "Mexico City\n\nExperience\nStaff Engineer\nCobalto Pagos\n2021 - Present\n", "hannah.txt");

    @Test
    void aNamedEventAfterAtTheIsWhereTheyMetWhateverLanguageTheVerbWasIn() {
        String why = "conocí a Hannah at the Rust CDMX meetup 3 weeks ago, she said she reviews talk proposals for first time "
                + "speakers. I want to send her my CFP about moving our settlement service from python to rust";
        assertThat(PurposeReader.read(why).events()).containsExactly("Rust CDMX meetup");
        Assessment a = advisor.draft(luis, hannah, why, DraftOptions.DEFAULT);
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        // "… to Rust" in the ask does not carry the meetup: the note says where they met, before what she said there
        String note = a.notes().get(0).text();
        assertThat(note).contains("the Rust CDMX meetup");
        assertThat(note.indexOf("Rust CDMX meetup")).isLessThan(note.indexOf("review"));
        // one event, read by two patterns, is one event
        assertThat(PurposeReader.read("I met him at the AWS Summit Chicago last week").events()).containsExactly("AWS Summit Chicago");
    }
}

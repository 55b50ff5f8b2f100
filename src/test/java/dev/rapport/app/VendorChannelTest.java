package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A hand session (6 December): an SDR wanted to "intro cloudbridge payroll" (her own firm) to a stranger CFO whose page
 * says "I … rarely reply to vendors — please go through procurement@… for anything commercial". The verdict was only
 * follow-first (no-context): the intro was not read as a sale, and his policy was never cited.
 */
class VendorChannelTest {
    private static final Path DIR = Path.of("src", "test", "resources", "unseen");
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile bea = ProfileReaders.read(DIR.resolve("kept-promise/bea.txt"));
    private final Profile daniel = ProfileReaders.read(DIR.resolve("vendor-channel/daniel.txt"));

    @Test
    void anIntroOfTheSendersOwnFirmToAStrangerWhoSendsVendorsToProcurementIsAPitchHeRefused() {
        Assessment a = advisor.draft(bea, daniel,
                "never met him but pacifica is on my target list, want to intro cloudbridge payroll since they have 60 stores",
                DraftOptions.DEFAULT);
        assertThat(a.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(a.verdict().reasons()).extracting(Reason::rule).contains("pitch-intent", "target-policy");
        assertThat(a.verdict().reasons()).filteredOn(r -> r.rule().equals("target-policy"))
                .anySatisfy(r -> assertThat(r.message()).contains("go through procurement"));
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void aNoteThatSellsToHimIsFlaggedByHisPolicy() {
        NoteReview r = advisor.critique("Hi Daniel, our payroll platform cuts payroll errors for 60-store retailers like Pacifica. Bea",
                bea, daniel, "want to sell cloudbridge payroll to pacifica", 300);
        assertThat(r.critique().findings()).extracting(Finding::rule).contains("target-policy");
    }
}

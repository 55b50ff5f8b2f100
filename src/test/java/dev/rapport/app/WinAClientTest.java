package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hand session (6 December): a staffing recruiter who wants a hospital's business. "win his hospital as a client"
 * and "introduce CarePath Staffing's travel nurse program" (CarePath being hers) were read as no intent, so an HR
 * director whose page says "Please don't pitch me staffing services" was told to follow first and invite later; only
 * the word "sell" was read as a sale.
 */
class WinAClientTest {
    private static final Path DIR = Path.of("src", "test", "resources", "unseen", "recruiter");
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile dana = ProfileReaders.read(DIR.resolve("dana.txt"));
    private final Profile gregory = ProfileReaders.read(DIR.resolve("gregory.txt"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "want to win his hospital as a client",
            "I've never met Gregory. I want to win Licking Valley as a client for CarePath, they use agency nurses and I think we can help them fill night shifts",
            "I'd like to introduce CarePath Staffing's travel nurse program",
            "introduce CarePath Staffing to Gregory, we could supply travel RNs at a better rate",
    })
    void winningTheirBusinessIsASaleAndTheirNoPitchesPolicyIsCited(String why) {
        Assessment a = advisor.check(dana, gregory, why);
        assertThat(a.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(a.verdict().reasons()).extracting(Reason::rule).contains("target-policy", "pitch-intent");
        // the one the offer goes to is no part of it
        assertThat(a.purpose().offers()).doesNotContain("Gregory");
    }

    @Test
    void aClientWonIsNoSaleWhenTheSenderIsTheOneWon() {
        // "she signed me as a client": the sender was won, nothing is sold to the reader
        assertThat(dev.rapport.purpose.PurposeReader.read("she signed me as a client at her agency in 2019 and I want to thank her")
                .has(dev.rapport.purpose.Intent.SELLING)).isFalse();
    }
}

package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * What the answer would do for the sender ("…, it will help our roadmap") is the user's motive, not the note's: in a REPL
 * session (6 December) the gate read it as a pitch and the whole question left the note with it.
 */
class SendersMotiveTest {
    private static final Path PAIR = Path.of("examples", "pairs", "01-former-colleagues");
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile daniel = ProfileReaders.read(PAIR.resolve("me.txt"));
    private final Profile priya = ProfileReaders.read(PAIR.resolve("them.txt"));

    @Test
    void theQuestionStaysAndTheSendersBenefitGoes() {
        Assessment a = advisor.draft(daniel, priya,
                "we worked together at Stripewell and I want to ask how her team handles dispute evidence, it will help our roadmap",
                new DraftOptions(300, 1, dev.rapport.draft.Style.DEFAULT));
        assertThat(a.notes().get(0).text()).contains("May I ask how your team handles dispute evidence?").doesNotContain("roadmap");
    }
}

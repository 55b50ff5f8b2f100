package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A hand session (6 December): a job seeker and an alumna of her certificate who works where she applied. The
 * evidence lines said more than the reason: "she did same certificate before me" became worked-together, an
 * application to her employer became "a role on Priscila's team", and each of three verdict lines repeated the
 * whole reason.
 */
class EvidenceLinesTest {
    private static final Path DIR = Path.of("src", "test", "resources", "unseen", "alumna");
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile mariana = ProfileReaders.read(DIR.resolve("mariana.json"));
    private final Profile priscila = ProfileReaders.read(DIR.resolve("priscila.txt"));
    private static final String WHY = "she did same certificate before me, I applied for job in Loblaw Digital last week, "
            + "I would like to ask some tips for the interview";

    @Test
    void eachLineSaysOnlyWhatTheReasonAndProfilesSay() {
        Assessment a = advisor.check(mariana, priscila, WHY);
        assertThat(a.commonGround()).extracting(CommonGround::kind).doesNotContain(GroundKind.WORKED_TOGETHER);
        assertThat(a.commonGround()).extracting(CommonGround::detail)
                .noneMatch(d -> d.contains("Priscila's team")).anyMatch(d -> d.contains("applied for a role at Loblaw Digital"));
        // the reason is quoted once, by the first line; the others name only their own evidence
        assertThat(a.verdict().reasons().stream().filter(r -> r.message().contains("she did same certificate")).count())
                .isLessThanOrEqualTo(1);
    }
}

package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.purpose.PurposeReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "What tools does your team use?" fishes for a lead from a seller; from a career changer who typed that
 * question in their reason it is the point of the note, and the gate held it back (a development pair).
 */
class OwnQuestionTest {
    private final NoteRules rules = new NoteRules(RuleSet.builtIn());
    private static final String NOTE = "Hi Daniela, Rodrigo told me in October to contact you. "
            + "What tools does your team actually use day to day? Alejandro";

    private List<String> blocking(String why) {
        NoteContext ctx = why == null ? NoteContext.bare(300) : new NoteContext(null, null, PurposeReader.read(why), List.of(), 300);
        return rules.check(NOTE, ctx).stream().filter(f -> f.severity() != Severity.INFO).map(Finding::rule).toList();
    }

    @Test
    void theLearnersOwnQuestionIsNotLeadGen() {
        assertThat(blocking("Rodrigo told me to contact Daniela. I'm switching from warehouse ops into supply chain analytics "
                + "and want to ask what tools her team actually uses day to day")).doesNotContain("lead-gen");
    }

    @Test
    void theSameQuestionWithoutThatReasonOrFromASellerIsStillLeadGen() {
        assertThat(blocking(null)).contains("lead-gen");
        assertThat(blocking("I sell analytics software and want to ask what tools her team actually uses day to day so I can pitch our "
                + "platform")).contains("lead-gen");
    }
}

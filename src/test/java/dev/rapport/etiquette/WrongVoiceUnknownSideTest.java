package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.purpose.PurposeReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A note may not claim a side (hiring, job hunting) that neither the reason nor the headline gives the sender. */
class WrongVoiceUnknownSideTest {
    private final NoteRules rules = new NoteRules(RuleSet.builtIn());

    private List<String> wrongVoice(String why, String note) {
        NoteContext ctx = new NoteContext(null, null, PurposeReader.read(why), List.of(), 300);
        return rules.check(note, ctx).stream().filter(f -> f.rule().equals("wrong-voice")).map(Finding::message).toList();
    }

    @Test
    void anOrganiserInvitingASpeakerIsNotHiring() {
        assertThat(wrongVoice("I co-organise the Leeds data meetup and would love her to give a talk in spring",
                "Hi Amara, I am hiring for a role close to your background. Would a role like that interest you?"))
                .isNotEmpty().first().asString().contains("neither your reason nor your headline");
    }

    @Test
    void aSenderWhoSaysNothingOfJobsIsNotJobHunting() {
        assertThat(wrongVoice("we sang in the same choir in Ghent years ago", "Hi Jef, I am looking for my next role in finance."))
                .isNotEmpty();
    }

    @Test
    void aRecruiterWithAStatedRoleMayTalkAboutTheRole() {
        assertThat(wrongVoice("I'm hiring a night-shift charge nurse and her background fits",
                "Hi Ines, I am hiring a night-shift charge nurse for our ward in Porto.")).isEmpty();
    }
}

package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Critique faults of a new user's hand session (hand16 #11): trainer notes marked up and corrected. */
class Hand16CritiqueTest {
    private final Advisor advisor = LabelledNotes.advisor(RuleSet.builtIn());
    private static final Path PAIR = Path.of("src", "test", "resources", "hand-16", "dana-gregory");

    private static List<Finding> of(NoteReview r, String rule) {
        return r.critique().findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static String span(NoteReview r, Finding f) {
        return r.note().substring(f.start(), f.end());
    }

    @Test
    void theCorrectedNoteKeepsTheWritersAskAndDropsTheStockLines() {
        String note = "Hi Priya, I hope this message finds you well. I am reaching out because I came across your profile and was very "
                + "impressed by your extensive experience in supply chain analytics and demand forecasting across multiple retail "
                + "organisations. I am currently exploring opportunities in this field and I would be grateful for any advice, insights "
                + "or referrals you could share, as well as any openings in your company. Thank you so much for your time and "
                + "consideration. Kind regards, Mariana";
        NoteReview r = advisor.critique(note, null, null, null, 0);
        assertThat(of(r, "no-reason")).extracting(f -> span(r, f))
                .contains("I hope this message finds you well", "I came across your profile");
        assertThat(r.rewrite()).contains("supply chain analytics").contains("grateful for any advice")
                .doesNotContain("finds you well").doesNotContain("came across").doesNotContain("this field")
                .doesNotContain("reaching out").doesNotContain("openings in your company").doesNotContain("consideration")
                .endsWith("Kind regards, Mariana");
    }

    @Test
    void aSendersFieldIsReportedWholeAndSignedWithTheSendersName() {
        NoteReview r = advisor.critique("Hi [First Name], I noticed we both work in {industry} and thought it would be great to connect! "
                + "Cheers, <<sender>>", null, null, null, 0);
        assertThat(of(r, "placeholder")).extracting(f -> span(r, f)).contains("<<sender>>");
        assertThat(r.rewrite()).endsWith("Cheers, [your name]").doesNotContain("<");
    }

    @Test
    void aRewriteDraftedFromTheProfilesKeepsNoMeetingTheyDoNotName() {
        Profile dana = ProfileReaders.read(PAIR.resolve("me.txt"));
        Profile gregory = ProfileReaders.read(PAIR.resolve("them.txt"));
        NoteReview r = advisor.critique("Hi Jennifer, it was great meeting you at the HR Tech Summit in Chicago. Would love to keep in touch! "
                + "Dana", dana, gregory, null, 0);
        if (r.kind() == NoteReview.Rewrite.DRAFTED) {
            assertThat(r.rewrite()).doesNotContain("HR Tech Summit").doesNotContainIgnoringCase("meet you");
        }
        assertThat(Advisor.unplacedMeetingsLeftOut("it was great meeting you at the HR Tech Summit in Chicago. Would love to keep in touch!",
                dana, gregory)).isEqualTo("Would love to keep in touch!");
        // a meeting at an event a profile names is the user's own account, and stays
        assertThat(Advisor.unplacedMeetingsLeftOut("We met at Licking Valley Regional Hospital last spring. Would love to keep in touch!",
                dana, gregory)).contains("Licking Valley");
    }

    @Test
    void ownSalesMaterialPromisedToAStrangerIsAPitch() {
        NoteReview r = advisor.critique("Hi Ana, quick question: what tools does your payroll team use today? Add me on WhatsApp "
                + "+1 614 555 0199 and I'll send our comparison guide from payflow.io", null, null, null, 0);
        assertThat(of(r, "pitch")).extracting(f -> span(r, f)).contains("I'll send our comparison guide");
    }

    @Test
    void aNoteWithNoGreetingAtAllGreetsNoOneAndTheCorrectionGreetsThem() {
        NoteReview bare = advisor.critique("I'd like to add you to my professional network on LinkedIn.", null, null, null, 0);
        // an info: a note that opens on its point ("Great meeting you at the Laracon meetup! …") can still be sent
        assertThat(of(bare, "no-name")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(bare.rewrite()).startsWith("Hi [their first name],");
        // a name said to them anywhere is a greeting enough
        assertThat(of(advisor.critique("Great to meet you at the Leeds meetup, Priya. Your talk on queues was the best of the day.",
                null, null, null, 0), "no-name")).isEmpty();
    }
}

package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.Note;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.Severity;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentTextTest {
    private static final Profile NOBODY = new Profile("Priya Raman", "", "", "", null, null, null, null, null, null,
            null, null, "", null);

    private static Assessment sample() {
        return new Assessment(NOBODY, NOBODY, Purpose.NONE,
                List.of(new CommonGround(GroundKind.SHARED_TOPIC, "you list payments, which Priya's profile also mentions",
                        0.28, "payments", "")),
                new Verdict(Decision.CONNECT, 90, List.of(new Reason("relationship", Severity.INFO,
                        "You both worked at Stripewell, 2016–2021, on the payments platform team."))),
                List.of(Note.of("Hi Priya, we worked together at Stripewell on payments. Good to be back in touch.",
                        "worked-together")),
                List.of("Send it within a week."), List.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 30, 40, 60, 100})
    void tagsStayWholeAndNoLineOverflowsAtAnyWidth(int width) {
        String text = new AssessmentText(Styler.plain(), width).full(sample(), 300);
        assertThat(text).contains("[relationship]").contains("[shared-topic\u00A00.28]".replace('\u00A0', ' '))
                .contains("[worked-together]");
        if (width > 0) {
            text.lines().filter(l -> l.startsWith(" ") && l.strip().contains(" "))
                    .forEach(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(width));
        }
    }

    @org.junit.jupiter.api.Test
    void twoIdenticalNotesArePrintedOnceAndTheSecondSaysSo() {
        String same = "Hi Priya, we worked together at Stripewell on payments. Good to be back in touch.";
        String text = new AssessmentText(Styler.plain(), 100).notes(List.of(Note.of(same, "worked-together"), Note.of(same, "their-post")), 300);
        assertThat(text.split(java.util.regex.Pattern.quote("we worked together"), -1)).hasSize(2);
        assertThat(text).contains("2. ").contains("(the same as note 1)");
    }

    @org.junit.jupiter.api.Test
    void someoneWhoAcceptedIsShownAsAlreadyConnectedNotAsAnInvitationToSend() {
        // a hand session: after "mark Ramon accepted" the verdict still read "connect (warrant 96/100)"
        Assessment a = new Assessment(NOBODY, NOBODY, Purpose.NONE, List.of(),
                new Verdict(Decision.CONNECT, 96, List.of(new Reason("follow-up", Severity.INFO,
                        "Priya accepted your invitation on 6 December 2026, so you are connected and there is nothing to send."))),
                List.of(), List.of(), List.of());
        String text = new AssessmentText(Styler.plain(), 0).verdict(a);
        assertThat(text.lines().findFirst().orElseThrow()).contains("already connected").doesNotContain("connect (");
    }
}

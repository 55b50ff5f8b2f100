package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A second new user's session: "I worked for Will on the Hinds farm during two calving seasons" got "You have no shared
 * history with Will". The reason's reader cannot know that "Will" is the recipient; the advisor, which has the profiles, can.
 */
class WorkedForThemTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile conor = ProfileReaders.parse("Conor Walsh\nDairy farm assistant at Greenfield Dairies\n\nI milk and calve"
            + " on a 600-cow farm near Ashburton.", "conor.txt");
    private final Profile tom = ProfileReaders.parse("Tom Reid\nSharemilker at Greenfield Dairies\n\nI run a 900-cow herd near Hinds.",
            "tom.txt");

    @Test
    void workingForTheRecipientByNameIsASharedPastOnTheUsersWord() {
        Assessment a = advisor.check(conor, tom, "I worked for Tom on the Hinds farm during two calving seasons. want to congratulate"
                + " him on his award");
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(a.purpose().stated()).anyMatch(r -> r.kind().equals("worked-together"));
        // working for someone else by name is no shared past with the recipient
        Assessment other = advisor.check(conor, tom, "I worked for Acme on a farm near Hinds for two seasons. want to congratulate him");
        assertThat(other.purpose().stated()).noneMatch(r -> r.kind().equals("worked-together"));
    }

    @Test
    void helpingAtWhatTheRecipientRunsIsTimeSpentTogether() {
        // a second new user's union volunteer: "I help at her Women in Construction meetings, want to thank her" got follow-first
        Assessment a = advisor.check(conor, tom, "I help at his calf rearing open days, want to thank him");
        assertThat(a.purpose().stated()).anyMatch(r -> r.kind().equals("volunteered-together"));
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        // helping others names nothing of his
        Assessment trade = advisor.check(conor, tom, "I help small farms with their herd records, want to tell him about it");
        assertThat(trade.purpose().stated()).noneMatch(r -> r.kind().equals("volunteered-together"));
    }

    @Test
    void helpingAtTheMeetingsTheReasonSaysTheyRunIsTimeSpentTogether() {
        // the same user typed "i help at the women in construction meetings every month, want to thank martina for organise it"
        // and still got follow-first; the note then thanked "for organise it"
        Assessment a = advisor.check(conor, tom, "i help at the calf rearing open days every month, want to thank tom for organise it");
        assertThat(a.purpose().stated()).anyMatch(r -> r.kind().equals("volunteered-together"));
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(advisor.draft(conor, tom, "i help at the calf rearing open days every month, want to thank tom for organise it",
                DraftOptions.DEFAULT).notes().get(0).text()).contains("Thank you for organising it.");
        // helping at something no one says they run names nothing of theirs
        Assessment other = advisor.check(conor, tom, "i help at the calf rearing open days every month, want to ask tom about his herd");
        assertThat(other.purpose().stated()).noneMatch(r -> r.kind().equals("volunteered-together"));
    }
}

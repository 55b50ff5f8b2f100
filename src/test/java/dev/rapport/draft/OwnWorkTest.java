package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as the sender's own work, said in their words, and what is only something said or wanted. */
class OwnWorkTest {
    @Test
    void workDoneCountsAndAWishJoinedToItIsSplitOff() {
        assertThat(OwnWork.in("I did my final project on laterite soil stabilisation with cement.")).isPresent();
        // an applicant's application says who she is (the development drafts lost it once)
        assertThat(OwnWork.in("I applied for the UX Researcher role last week.")).isPresent();
        assertThat(OwnWork.alone("I ran a similar study with 12 blind users in Lagos and would love to compare how we each recruited."))
                .contains("I ran a similar study with 12 blind users in Lagos.");
        assertThat(OwnWork.joinedWish("I ran a similar study with 12 blind users and would love to compare how we each recruited."))
                .isEqualTo("compare how we each recruited");
    }

    @Test
    void somethingSaidOrWantedIsNoWorkDone() {
        // the development drafts: "I promised to send it, will send it by email once we're connected" was added as a detail
        assertThat(OwnWork.in("I promised to send it, will send it by email once we're connected.")).isEmpty();
        assertThat(OwnWork.in("I asked about the loss data after the talk.")).isEmpty();
        // and work that speaks to the recipient is their shared history, said elsewhere
        assertThat(OwnWork.in("I built the ledger with your team.")).isEmpty();
    }
}

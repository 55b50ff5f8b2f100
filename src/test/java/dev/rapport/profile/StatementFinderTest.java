package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatementFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Open to work as a backend engineer.                        | OPEN_TO_WORK",
            "Actively looking! #OpenToWork                              | OPEN_TO_WORK",
            "I'm open to new opportunities in Berlin.                   | OPEN_TO_WORK",
            "#Hiring designers for our Lisbon studio.                   | HIRING",
            "We’re hiring three engineers.                              | HIRING",
            "No recruiters, please.                                     | NO_RECRUITERS",
            "No sales pitches or solicitations.                         | NO_PITCHES",
            "We are not interested in vendors at this time.             | NO_PITCHES",
            "Please, no solicitations.                                  | NO_PITCHES",
            "Vendors: please don't send me connection requests.         | NO_PITCHES",
            "Please don't ask me for referrals before we've talked.     | NO_REFERRAL_ASKS",
            "No referral requests from strangers, please.               | NO_REFERRAL_ASKS",
            "I only connect with people I know.                         | KNOWN_ONLY",
            "I only connect with people I have worked with.             | KNOWN_ONLY",
            "I only accept invitations from people I know personally.   | KNOWN_ONLY"})
    void findsEachPreference(String text, Preference expected) {
        assertThat(StatementFinder.preferences(List.of(text))).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'm not looking for a new role.",
            "We are not hiring right now.",
            "I am no longer open to work.",
            "Hiring manager for the data team.",
            "I know many recruiters and like them."})
    void negationsAndLookalikesAreNotPreferences(String text) {
        assertThat(StatementFinder.preferences(List.of(text))).isEmpty();
    }

    @Test
    void keepsTheSentencesWherePeopleSayWhatTheyWantOrDoNot() {
        String about = "I lead IT for a school district. We have never used SAP. "
                + "Looking for outside help with accessibility audits! The weather is nice.\n"
                + "We don’t use Salesforce either.";
        assertThat(StatementFinder.statements(List.of(about))).containsExactly(
                "We have never used SAP.",
                "Looking for outside help with accessibility audits!",
                "We don’t use Salesforce either.");
    }

    @Test
    void statementsAreNotDuplicated() {
        assertThat(StatementFinder.statements(List.of("Looking for a mentor.", "Looking for a mentor.")))
                .containsExactly("Looking for a mentor.");
    }
}

package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trained reader of a profile's stated policy, on sentences where its two nearest readings part. */
class PolicyClassifierTest {
    @Test
    void anOpenDoorForPeopleWithSomethingIsNoRuleAboutKnowingThem() {
        // panel-6 pair 34 (development): a curator's "happy to hear from people who have archives" read as known-only
        // (0.43) turned a referral into follow-first; written examples of such topical open doors now train the model
        String openDoor = "I'm always happy to hear from people who have archives, family photos or stories";
        assertThat(PolicyClassifier.scores(openDoor).get(Preference.KNOWN_ONLY)).isLessThan(0.2);
        assertThat(PolicyClassifier.scores("I only connect with people I know.").get(Preference.KNOWN_ONLY)).isGreaterThan(0.8);
    }

    @Test
    void aPagesAccountOfTheirWorkStatesNoPolicy() {
        // a new user's pasted association spotlight: "The Division of State Purchasing, led by Roz, creates state term contracts
        // that leverage all state agency spend" was quoted as asking not to be pitched
        String account = "The county purchasing office, led by Dee, writes term contracts that pool every agency's spend, as well as spend"
                + " that comes through towns able to use them.";
        assertThat(PolicyClassifier.says(account, Preference.NO_PITCHES, 0.4)).isFalse();
        // said to the reader, it still does
        assertThat(PolicyClassifier.says("Vendor pitches in my DMs are ignored.", Preference.NO_PITCHES, 0.4)).isTrue();
    }
}

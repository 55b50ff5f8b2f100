package dev.rapport.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A third-person verb said to "you": every spelling rule, not only the plain "-s". */
class VerbFormsTest {

    @Test
    void aSibilantOrAnOThatTookEsLosesIt() {
        // hand session 16: "once you finishe your BSN", "you teache CPR classes"
        assertThat(VerbForms.base("finishes")).isEqualTo("finish");
        assertThat(VerbForms.base("teaches")).isEqualTo("teach");
        assertThat(VerbForms.base("misses")).isEqualTo("miss");
        assertThat(VerbForms.base("fixes")).isEqualTo("fix");
        assertThat(VerbForms.base("buzzes")).isEqualTo("buzz");
        assertThat(VerbForms.base("goes")).isEqualTo("go");
        assertThat(VerbForms.base("echoes")).isEqualTo("echo");
    }

    @Test
    void anEOfTheVerbsOwnStaysAndIesIsY() {
        assertThat(VerbForms.base("uses")).isEqualTo("use");
        assertThat(VerbForms.base("sizes")).isEqualTo("size");
        assertThat(VerbForms.base("carries")).isEqualTo("carry");
        assertThat(VerbForms.base("ties")).isEqualTo("tie");
        assertThat(VerbForms.base("runs")).isEqualTo("run");
        assertThat(VerbForms.base("Wants")).isEqualTo("Want");
    }

    @Test
    void wordsThatAreNoThirdPersonVerbStay() {
        assertThat(VerbForms.base("discuss")).isEqualTo("discuss");
        assertThat(VerbForms.base("focus")).isEqualTo("focus");
        assertThat(VerbForms.base("ran")).isEqualTo("ran");
    }

    @Test
    void theIrregularOnesAgreeWithYou() {
        assertThat(VerbForms.withYou("is")).isEqualTo("are");
        assertThat(VerbForms.withYou("was")).isEqualTo("were");
        assertThat(VerbForms.withYou("has")).isEqualTo("have");
        assertThat(VerbForms.withYou("does")).isEqualTo("do");
        assertThat(VerbForms.withYou("doesn't")).isEqualTo("don't");
        assertThat(VerbForms.withYou("Has")).isEqualTo("Have");
        assertThat(VerbForms.withYou("teaches")).isEqualTo("teach");
    }

    @Test
    void thePastOfAPlainFormRegularOrNot() {
        // hand session 16: "i send my aplication … last friday", "I apply for job in Loblaw Digital last week"
        assertThat(VerbForms.past("send")).isEqualTo("sent");
        assertThat(VerbForms.past("apply")).isEqualTo("applied");
        assertThat(VerbForms.past("submit")).isEqualTo("submitted");
        assertThat(VerbForms.past("chat")).isEqualTo("chatted");
        assertThat(VerbForms.past("share")).isEqualTo("shared");
        assertThat(VerbForms.past("call")).isEqualTo("called");
        assertThat(VerbForms.past("visit")).isEqualTo("visited");
        assertThat(VerbForms.past("stay")).isEqualTo("stayed");
        assertThat(VerbForms.irregularPast("sent")).isTrue();
        assertThat(VerbForms.irregularPast("send")).isFalse();
        assertThat(VerbForms.participle("meet")).isEqualTo("met");
        assertThat(VerbForms.participle("speak")).isEqualTo("spoken");
        assertThat(VerbForms.participle("talk")).isEqualTo("talked");
    }

    @Test
    void thePlainFormOfAPast() {
        // "ask how he got budget owners to own supplier relationships" was asked "How does you got …?" (a new user's session)
        java.util.Map<String, String> cases = java.util.Map.ofEntries(java.util.Map.entry("got", "get"), java.util.Map.entry("handled", "handle"),
                java.util.Map.entry("started", "start"), java.util.Map.entry("planned", "plan"), java.util.Map.entry("noted", "note"),
                java.util.Map.entry("tried", "try"), java.util.Map.entry("called", "call"), java.util.Map.entry("managed", "manage"),
                java.util.Map.entry("convinced", "convince"), java.util.Map.entry("advised", "advise"), java.util.Map.entry("caused", "cause"),
                java.util.Map.entry("focused", "focus"), java.util.Map.entry("discussed", "discuss"), java.util.Map.entry("waited", "wait"),
                java.util.Map.entry("ordered", "order"), java.util.Map.entry("shared", "share"), java.util.Map.entry("solved", "solve"),
                java.util.Map.entry("taught", "teach"), java.util.Map.entry("built", "build"));
        cases.forEach((past, plain) -> assertThat(VerbForms.baseOfPast(past)).as(past).hasValue(plain));
        assertThat(VerbForms.baseOfPast("need")).isEmpty();
        assertThat(VerbForms.baseOfPast("needed")).hasValue("need");
        assertThat(VerbForms.baseOfPast("red")).isEmpty();
        assertThat(VerbForms.baseOfPast("owners")).isEmpty();
    }
}

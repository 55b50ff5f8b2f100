package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern is skipped only when the text lacks a word the pattern cannot match without. */
class RegexAnchorsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void aLeadingWordOrChoiceOfWordsIsRead() {
        assertThat(RegexAnchors.of("\\b(?:book|schedule|arrange)\\s+(?:a\\s+)?call\\b")).containsExactlyInAnyOrder("book", "schedule", "arrange");
        assertThat(RegexAnchors.of("\\bcalendly\\b")).containsExactly("calendly");
        assertThat(RegexAnchors.of("(?<![\\w.])(?!asp\\b)(?i:Sell)\\s+you")).containsExactly("sell");
        assertThat(RegexAnchors.of("\\bfirms?\\s+like\\s+(?:yours|you)")).containsExactly("firm");
        assertThat(RegexAnchors.of("\\bwhatsapp\\b|\\btext\\s+me\\b")).containsExactlyInAnyOrder("whatsapp", "text");
    }

    @Test
    void aWordNeededLaterIsReadAndTheRarestLookingChoiceWins() {
        assertThat(RegexAnchors.of("\\b(?:very\\s+)?competitive\\s+rates")).containsExactly("competitive");
        assertThat(RegexAnchors.of("\\b\\d{1,3}\\s?%\\s+off")).containsExactly("off");
        assertThat(RegexAnchors.of("[a-z]+@gmail\\.com")).containsExactly("gmail");
        assertThat(RegexAnchors.of("(?:quick|\\d+ min)\\s+call")).containsExactly("call");
        assertThat(RegexAnchors.of("\\b(?:i|we)(?:'ll|\\s+will)\\s+(?:send|e-mail)\\s+our")).containsExactlyInAnyOrder("send", "mail");
        assertThat(RegexAnchors.of("\\b(?:any|an?) (?<!\\bapplied for (?:any|an?) )(?:opening|jobs?) at")).containsExactlyInAnyOrder("opening", "job");
    }

    @Test
    void whatCanMatchWithoutAWordGivesNone() {
        assertThat(RegexAnchors.of("\\d{1,3}\\s?%")).isNull();
        assertThat(RegexAnchors.of("[a-z]+@[a-z]+\\.[a-z]{2,}")).isNull();
        assertThat(RegexAnchors.of("(?:quick|)\\s+[0-9]{2}")).isNull();
        assertThat(RegexAnchors.of("(?:very)?\\s+x{0,3}")).isNull();
        assertThat(RegexAnchors.of("(?x) s e l l # spaced out")).isNull();
        assertThat(RegexAnchors.of("(sell)\\s+\\1")).isNull();
        assertThat(RegexAnchors.of("(unclosed")).isNull();
    }

    @Test
    void caseIsFoldedAsTheRegexEngineFoldsIt() {
        // The long s folds to "s" under UNICODE_CASE: "ſell you" is matched, so it must not be skipped.
        String text = "I want to ſell you our tool";
        assertThat(Pattern.compile("\\bsell\\s+you\\b", FLAGS).matcher(text).find()).isTrue();
        assertThat(RegexAnchors.mayMatch(RegexAnchors.of("\\bsell\\s+you\\b"), RegexAnchors.fold(text))).isTrue();
        assertThat(RegexAnchors.mayMatch(Set.of("calendly"), RegexAnchors.fold("Book via CALENDLY"))).isTrue();
        assertThat(RegexAnchors.mayMatch(Set.of("calendly"), RegexAnchors.fold("Book a call"))).isFalse();
    }

    @Test
    void aQuotationIsLiteral() {
        assertThat(RegexAnchors.of("(?<![\\p{L}])\\Qno\\E\\s+\\Qcold pitch(es|\\E")).containsExactly("pitch");
        assertThat(RegexAnchors.of("\\Qdon\\E['’]\\Qt\\E\\s+\\Qcall\\E")).containsExactly("call");
        assertThat(RegexAnchors.of("\\Qcalls\\E?")).containsExactly("call");
        assertThat(RegexAnchors.of("\\Q(.)\\E")).isNull();
    }

    @Test
    void flagsThatChangeWhatLettersMeanGiveNone() {
        assertThat(RegexAnchors.of(Pattern.compile("sell you", Pattern.COMMENTS))).isNull();
        assertThat(RegexAnchors.of(Pattern.compile("sell.you", Pattern.LITERAL))).isNull();
        assertThat(RegexAnchors.of(Pattern.compile("sell you", FLAGS))).containsExactly("sell");
    }

    @Test
    void aListSkipsOnlyWhatCannotMatch() {
        PatternList list = PatternList.of(java.util.List.of(Pattern.compile("\\bbook\\s+a\\s+call\\b", FLAGS), Pattern.compile("\\d{3}-\\d{4}")));
        assertThat(list.anyFinds("Could we BOOK a call?")).isTrue();
        assertThat(list.anyFinds("ring 555-0199")).isTrue();
        assertThat(list.anyFinds("a call to book")).isFalse();
        assertThat(list.mayFind("nothing here")).extracting(Pattern::pattern).containsExactly("\\d{3}-\\d{4}");
    }
}

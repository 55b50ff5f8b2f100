package dev.rapport.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {
    private final Language en = Language.english();

    @Test
    void aSadOrHappyFaceEndsASentence() {
        // panel-8 pair 03: "got laid off in the october cuts at Glenbrook :( Aoife was my team lead there" was one sentence
        assertThat(en.sentenceTexts("got laid off in the october cuts at Glenbrook :( Aoife was my team lead there 2019-2021."))
                .containsExactly("got laid off in the october cuts at Glenbrook :(", "Aoife was my team lead there 2019-2021.");
        assertThat(en.sentenceTexts("we met at the fair :) and talked")).hasSize(1);
        assertThat(en.sentenceTexts("idk how formal to be 😅 she spoke at our career night")).containsExactly("idk how formal to be 😅",
                "she spoke at our career night");
    }

    @Test
    void aQuestionInBracketsGoesOnInLowerCase() {
        // development pair 28: "in spring semester (March?) about working in industry" was cut after the bracket, and the
        // invitation lost what the talk was to be about
        assertThat(en.sentenceTexts("Invite her to give a talk in spring semester (March?) about working in industry. Not sure."))
                .containsExactly("Invite her to give a talk in spring semester (March?) about working in industry.", "Not sure.");
        assertThat(en.sentenceTexts("Is it March (or April?) We can ask her.")).hasSize(2);
    }

    @Test
    void aHyphenatedWordKeepsItsSecondHalfAsAWord() {
        // the tokenizer gives "auto" and "-enrolment", tagged as punctuation, and a note ended "talked about auto."
        List<Token> t = en.tokens("We talked about auto-enrolment.");
        assertThat(t).extracting(Token::text).containsSubsequence("auto", "-", "enrolment");
        assertThat(t.stream().filter(k -> k.text().equals("enrolment")).findFirst().orElseThrow().tag()).isNotEqualTo("PUNCT");
        String text = "We talked about auto-enrolment.";
        for (Token k : t) {
            assertThat(text.substring(k.start(), k.end())).isEqualTo(k.text());
        }
    }

    @Test
    void cutsSentencesWithOffsetsIntoTheOriginalText() {
        String text = "Hi Helen, I convert Flash websites to HTML5 at very competitive rates. Let me know if you need a quote!";
        List<Sentence> s = en.sentences(text);
        assertThat(s).extracting(Sentence::text).containsExactly(
                "Hi Helen, I convert Flash websites to HTML5 at very competitive rates.", "Let me know if you need a quote!");
        for (Sentence sentence : s) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            for (Token t : sentence.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
    }

    @Test
    void aLineBreakEndsASentenceAndDomainsDoNot() {
        List<String> s = en.sentenceTexts("Founder at riskcheck.io\nWe ship v2.5 soon. Ask me anything");
        assertThat(s).containsExactly("Founder at riskcheck.io", "We ship v2.5 soon.", "Ask me anything");
    }

    @Test
    void tagsNamesAsProperNounsAndMonthsApart() {
        Sentence s = en.sentences("I met Ana at ProMat in March and she suggested I reach out.").get(0);
        assertThat(s.tokens()).extracting(Token::text).contains("Ana", "ProMat", "March");
        assertThat(s.tokens().stream().filter(t -> t.text().equals("Ana")).findFirst().orElseThrow().tag()).isEqualTo("PROPN");
        assertThat(s.tokens().stream().filter(t -> t.text().equals("suggested")).findFirst().orElseThrow().tag()).isEqualTo("VERB");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(en.sentences("  \n ")).isEmpty();
        assertThat(en.sentences(null)).isEmpty();
    }

    @Test
    void aMissingModelIsAOneLineError() {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(LanguageModelException.class,
                () -> ModelResource.load("/no-such-model.bin", in -> in));
        assertThat(e.getMessage()).contains("no-such-model.bin").doesNotContain("\n");
    }

    @Test
    void aCorruptModelIsAOneLineError() {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(LanguageModelException.class,
                () -> ModelResource.load("/dev/rapport/language/messages.properties", opennlp.tools.postag.POSModel::new));
        assertThat(e.getMessage()).contains("messages.properties").contains("could not be read").doesNotContain("\n");
    }
}

package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.Style;
import dev.rapport.draft.Style.Length;
import dev.rapport.draft.Style.Tone;
import dev.rapport.repl.ChatRequest.Avoid;
import dev.rapport.repl.ChatRequest.ChangeLength;
import dev.rapport.repl.ChatRequest.ChangeTone;
import dev.rapport.repl.ChatRequest.ExplainVerdict;
import dev.rapport.repl.ChatRequest.Mention;
import dev.rapport.repl.ChatRequest.Pick;
import dev.rapport.repl.ChatRequest.Question;
import dev.rapport.repl.ChatRequest.Several;
import dev.rapport.repl.ChatRequest.StartOver;
import dev.rapport.repl.ChatRequest.Unknown;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChatParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"shorter", "Shorter.", "make it shorter", "a bit shorter please", "too long",
        "can you make it shorter?", "more concise", "trim it", "tighten it up", "cut it down", "shorten it",
        "make it briefer", "less wordy", "Make it SHORTER!",
        // a second-language user's words (a new user's session)
        "can you make more short please"})
    void shorter(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new ChangeLength(Length.SHORT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"longer", "make it longer", "too short", "a little longer please", "more detail",
        "expand it", "could you make it a bit longer"})
    void longer(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new ChangeLength(Length.LONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"warmer", "make it warmer", "friendlier", "more friendly please", "warm it up",
        "less cold", "a bit warmer"})
    void warmer(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new ChangeTone(Tone.WARM));
    }

    /** "more personal" is a request of its own (lead with your words, drop the filler), not a tone: the parser and the refiner read one list. */
    @ParameterizedTest
    @ValueSource(strings = {"more personal", "make it less like a template"})
    void personalIsNotATone(String line) {
        assertThat(ChatParser.parse(line)).isNotInstanceOf(ChangeTone.class);
        assertThat(dev.rapport.draft.Refiner.understands(line)).isTrue();
    }

    /** Every word of the one list reads the same in the parser and the refiner: a tone or a length the refiner acts on. */
    @ParameterizedTest
    @ValueSource(strings = {"brief", "condense", "snappier", "less wordy", "more words", "laid back", "tone it down", "less formal"})
    void theParserAndTheRefinerReadOneList(String line) {
        assertThat(ChatParser.parse(line)).isInstanceOfAny(ChangeTone.class, ChangeLength.class);
        assertThat(dev.rapport.draft.Refiner.understands(line)).as(line).isTrue();
    }

    @ParameterizedTest
    // "too casual" is a complaint: less casual, never more (a hand session got "Speak soon.")
    @ValueSource(strings = {"more formal", "formal", "more professional please", "make it more formal", "less casual", "too casual",
            "it's too chatty"})
    void formal(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new ChangeTone(Tone.FORMAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"more casual", "casual", "less formal", "more relaxed", "make it informal", "more conversational",
            "too formal", "a bit too stiff"})
    void casual(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new ChangeTone(Tone.CASUAL));
    }

    @Test
    void mentionKeepsTheSubjectAsWritten() {
        assertThat(ChatParser.parse("mention DevOpsDays Denver")).isEqualTo(new Mention("DevOpsDays Denver"));
        assertThat(ChatParser.parse("please mention the Black Friday launch")).isEqualTo(new Mention("Black Friday launch"));
        assertThat(ChatParser.parse("include Ana Ruiz")).isEqualTo(new Mention("Ana Ruiz"));
        assertThat(ChatParser.parse("Could you also mention our time at Stripewell?"))
                .isEqualTo(new Mention("our time at Stripewell"));
        assertThat(ChatParser.parse("bring up the food bank")).isEqualTo(new Mention("food bank"));
        assertThat(ChatParser.parse("mention 'Kellogg'")).isEqualTo(new Mention("Kellogg"));
    }

    @Test
    void mentionIsNotReadAsALengthOrToneWord() {
        assertThat(ChatParser.parse("mention the long weekend")).isEqualTo(new Mention("long weekend"));
        assertThat(ChatParser.parse("mention her warm talk")).isEqualTo(new Mention("her warm talk"));
    }

    @Test
    void dontMention() {
        assertThat(ChatParser.parse("don't mention Stripewell")).isEqualTo(new Avoid("Stripewell"));
        assertThat(ChatParser.parse("Don’t mention the chargebacks")).isEqualTo(new Avoid("chargebacks"));
        assertThat(ChatParser.parse("do not mention Black Friday")).isEqualTo(new Avoid("Black Friday"));
        assertThat(ChatParser.parse("dont mention Kafka")).isEqualTo(new Avoid("Kafka"));
        assertThat(ChatParser.parse("leave out the part about Chicago")).isEqualTo(new Avoid("Chicago"));
        assertThat(ChatParser.parse("no more mention of Toronto")).isEqualTo(new Avoid("Toronto"));
        assertThat(ChatParser.parse("omit the MBA")).isEqualTo(new Avoid("MBA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"drop the question", "no question", "remove the question", "without a question",
        "skip the closing question", "don't ask anything", "drop the question please", "no questions", "don't end with a question"})
    void dropTheQuestion(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new Question(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"add a question", "ask a question", "end with a question", "with a question"})
    void addAQuestion(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new Question(true));
    }

    @Test
    void pickAVariant() {
        assertThat(ChatParser.parse("use variant 2")).isEqualTo(new Pick(2));
        assertThat(ChatParser.parse("pick 3")).isEqualTo(new Pick(3));
        assertThat(ChatParser.parse("2")).isEqualTo(new Pick(2));
        assertThat(ChatParser.parse("the second one")).isEqualTo(new Pick(2));
        assertThat(ChatParser.parse("I'll take number 1")).isEqualTo(new Pick(1));
        assertThat(ChatParser.parse("go with #3")).isEqualTo(new Pick(3));
        assertThat(ChatParser.parse("let's use the third")).isEqualTo(new Pick(3));
        assertThat(ChatParser.parse("option two")).isEqualTo(new Pick(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"undo", "Undo that", "undo the last change", "go back", "please revert", "take that back",
            "back to the previous version", "undo my last edit"})
    void undoGoesBackOneStep(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new ChatRequest.Undo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"undo everything", "undo all"})
    void undoingEverythingStartsOver(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new StartOver());
    }

    @ParameterizedTest
    @ValueSource(strings = {"start over", "Start again.", "from scratch", "back to the original", "reset the note", "undo everything"})
    void startOver(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new StartOver());
    }

    @ParameterizedTest
    @ValueSource(strings = {"why?", "why not?", "Why not", "why", "how come?", "explain", "why follow first?",
        "why can't I connect with her?", "what's wrong?", "why is that"})
    void questionsExplainTheVerdict(String line) {
        assertThat(ChatParser.parse(line)).isEqualTo(new ExplainVerdict());
    }

    @Test
    void severalChangesInOneLine() {
        assertThat(ChatParser.parse("shorter and warmer"))
                .isEqualTo(new Several(List.of(new ChangeLength(Length.SHORT), new ChangeTone(Tone.WARM))));
        assertThat(ChatParser.parse("more formal, drop the question"))
                .isEqualTo(new Several(List.of(new ChangeTone(Tone.FORMAL), new Question(false))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"write me a poem about Kafka", "what is the weather in Denver", "translate it to German",
        "hello there, how are you today my friend", "", "   ", "tell me about her career in a long paragraph with many details and quotes"})
    void anythingElseIsUnknown(String line) {
        assertThat(ChatParser.parse(line)).isInstanceOf(Unknown.class);
    }

    @Test
    void stylesCompose() {
        Style s = new Several(List.of(new ChangeLength(Length.SHORT), new ChangeTone(Tone.WARM), new Question(false),
                new Mention("Kellogg"))).applyTo(Style.DEFAULT);
        assertThat(s.length()).isEqualTo(Length.SHORT);
        assertThat(s.tone()).isEqualTo(Tone.WARM);
        assertThat(s.question()).isFalse();
        assertThat(s.mention()).containsExactly("Kellogg");
    }

    @Test
    void mentionAndAvoidCancelEachOther() {
        Style s = new Mention("Stripewell").applyTo(Style.DEFAULT);
        s = new Avoid("stripewell").applyTo(s);
        assertThat(s.mention()).isEmpty();
        assertThat(s.avoid()).containsExactly("stripewell");
        s = new Mention("Stripewell").applyTo(s);
        assertThat(s.avoid()).isEmpty();
        assertThat(s.mention()).containsExactly("Stripewell");
        assertThat(new StartOver().applyTo(s)).isEqualTo(Style.DEFAULT);
    }
}

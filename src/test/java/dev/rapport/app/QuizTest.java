package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuizTest {
    private static final Quiz QUIZ = new Quiz(new Critic(RuleSet.builtIn()));

    static List<Quiz.Item> items() {
        return QUIZ.items();
    }

    /** The bundled answers are what the built-in rules say, so the drill teaches the rules as they are. */
    @ParameterizedTest
    @MethodSource("items")
    void everyBundledNoteIsGradedAsItsAnswerSays(Quiz.Item item) {
        Critique c = QUIZ.critique(item);
        assertThat(c.verdict().id()).isEqualTo(item.answer());
        assertThat(c.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::rule).distinct())
                .containsExactlyInAnyOrderElementsOf(item.rules());
    }

    @Test
    void theBankHasGoodAndBadNotesAndSeedsRepeat() {
        assertThat(QUIZ.items()).extracting(Quiz.Item::answer).contains("send", "revise", "do-not-send");
        assertThat(QUIZ.pick(5, 9)).isEqualTo(QUIZ.pick(5, 9)).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            s               | SEND        |
            r meeting ask   | REVISE      | meeting ask
            d               | DO_NOT_SEND |
            don't send: spam| DO_NOT_SEND | spam
            Revise          | REVISE      |
            """)
    void answersAreReadFromLettersOrWords(String line, NoteVerdict verdict, String rest) {
        assertThat(Quiz.verdict(line)).contains(verdict);
        assertThat(Quiz.rest(line)).isEqualTo(rest == null ? "" : rest);
    }

    @Test
    void freeWordsAreMatchedToTheRule() {
        Critique c = new Critic(RuleSet.builtIn()).critique("Hi Marta, our platform is on a free trial this month.",
                dev.rapport.etiquette.NoteContext.bare(300));
        assertThat(QUIZ.mark(c, NoteVerdict.DO_NOT_SEND, "it's a sales pitch").named()).contains("pitch");
        assertThat(QUIZ.mark(c, NoteVerdict.DO_NOT_SEND, "pitch").points()).isEqualTo(2);
        assertThat(QUIZ.mark(c, NoteVerdict.REVISE, "too long").points()).isZero();
    }
}

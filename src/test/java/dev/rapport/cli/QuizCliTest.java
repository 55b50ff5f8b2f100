package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Quiz;
import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizCliTest {
    @Test
    void aScriptedDrillIsMarkedAndScored() {
        String perfect = answers(3, 7);
        CliRun good = CliRun.withInput(perfect, Map.of(), "quiz", "--count", "3", "--seed", "7");
        assertThat(good.exit).isZero();
        int possible = Integer.parseInt(good.out.replaceAll("(?s).*Score: \\d+/(\\d+).*", "$1"));
        assertThat(good.out).contains("Score: " + possible + "/" + possible).doesNotContain("Stopped");
        CliRun bad = CliRun.withInput("x\nd nothing\nd nothing\nd nothing\n", Map.of(), "quiz", "--count", "3", "--seed", "7");
        assertThat(bad.out).contains("Please answer s (send), r (revise) or d (don't send)").containsPattern("Score: [0-2]/" + possible);
    }

    @Test
    void answeringSendIsNotAskedForAProblemAndTheScoreSaysHowItCounts() {
        // a hand session: after "s" the drill still asked "What is the problem?", and "Score: 3/5" after 3 notes said nothing of how
        CliRun run = CliRun.withInput("s\ns\ns\n", Map.of(), "quiz", "--count", "3", "--seed", "7");
        assertThat(run.out).doesNotContain("What is the problem?").contains("a point for each right verdict")
                .doesNotContain("this note is");
    }

    @Test
    void theSameSeedGivesTheSameNotes() {
        assertThat(CliRun.run("quiz", "--count", "4", "--seed", "42").out)
                .isEqualTo(CliRun.run("quiz", "--count", "4", "--seed", "42").out);
    }

    @Test
    void endOfInputStopsWithTheScoreSoFar() {
        CliRun run = CliRun.withInput("", Map.of(), "quiz", "--count", "3", "--seed", "1");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Stopped after 0 of 3 notes.").contains("Score: 0/0");
    }

    @Test
    void aProblemNamedByItsRuleIdCountsAndTheRuleIsExplained() {
        String answer = answers(1, 3);
        CliRun run = CliRun.withInput(answer, Map.of(), "quiz", "--count", "1", "--seed", "3");
        assertThat(run.out).containsPattern("Right: (send|revise|do-not-send)\\.");
        if (!run.out.contains("Right: send")) {
            assertThat(run.out).contains("You named the problem").contains("Why: ");
        }
        CliRun count = CliRun.run("quiz", "--count", "0");
        assertThat(count.exit).isEqualTo(2);
    }

    /** Perfect answers for the notes a seed picks: the verdict letter and the first problem's rule id. */
    private static String answers(int count, long seed) {
        Quiz quiz = new Quiz(new Critic(RuleSet.builtIn()));
        StringBuilder out = new StringBuilder();
        for (Quiz.Item item : quiz.pick(count, seed)) {
            Critique c = quiz.critique(item);
            String letter = switch (c.verdict()) {
                case SEND -> "s";
                case REVISE -> "r";
                case DO_NOT_SEND -> "d";
            };
            String rule = c.findings().stream().filter(f -> f.severity() != Severity.INFO).map(f -> f.rule())
                    .findFirst().map(r -> " " + r.replace('-', ' ')).orElse("");
            out.append(letter).append(rule).append('\n');
        }
        return out.toString();
    }
}

package dev.rapport.app;

import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.Rule;
import dev.rapport.etiquette.Severity;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Wrap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The quiz's dialogue, the same for `rapport quiz` and the REPL's /quiz: show a note, take a verdict
 * (and the problem in the learner's words), mark it and explain with the rule. The front end only
 * supplies a {@link Console}: how to ask for a line and how to show text.
 */
public final class QuizDrill {
    /** Quiz text is wrapped for an 80-column terminal unless the terminal says otherwise. */
    public static final int WIDTH = 78;

    /** Lines in and text out; {@code ask} is empty when the learner stops (end of input, Ctrl-C or Ctrl-D). */
    public interface Console {
        Optional<String> ask(String prompt);

        void say(String text);
    }

    private final Advisor advisor;
    private final Styler style;
    private final int width;

    public QuizDrill(Advisor advisor, Styler style, int width) {
        this.advisor = advisor;
        this.style = style;
        this.width = width > 20 ? Math.min(width, WIDTH) : WIDTH;
    }

    /** Runs the drill over the items; returns the points scored and possible. */
    public int[] run(Quiz quiz, List<Quiz.Item> items, Console console) {
        console.say(Wrap.wrap(Messages.get("quiz.intro", items.size()), width, ""));
        int points = 0;
        int possible = 0;
        int done = 0;
        for (Quiz.Item item : items) {
            Critique c = quiz.critique(item);
            console.say("");
            console.say(style.bold(Messages.get("quiz.note", done + 1, items.size())));
            console.say(Wrap.wrap(Sanitizer.clean(item.note()), width, "  "));
            Optional<String[]> answer = verdict(console);
            if (answer.isEmpty()) {
                break;
            }
            NoteVerdict said = Quiz.verdict(answer.get()[0]).orElseThrow();
            String words = answer.get()[1];
            // someone who answered "send" sees no problem to name: asking for one gives the answer away
            if (words.isBlank() && c.verdict() != NoteVerdict.SEND && said != NoteVerdict.SEND) {
                Optional<String> line = console.ask(Messages.get("quiz.ask.problem"));
                if (line.isEmpty()) {
                    break;
                }
                words = line.get();
            }
            Quiz.Mark mark = quiz.mark(c, said, words);
            points += mark.points();
            possible += mark.possible();
            done++;
            feedback(console, mark);
        }
        console.say("");
        if (done < items.size()) {
            console.say(Messages.get("quiz.stopped", done, items.size()));
        }
        console.say(style.bold(Messages.get("quiz.score", points, possible)));
        return new int[] {points, possible};
    }

    /** The verdict and anything typed after it; anything that is not s, r or d gets a one-line hint. */
    private Optional<String[]> verdict(Console console) {
        while (true) {
            Optional<String> line = console.ask(Messages.get("quiz.ask.verdict"));
            if (line.isEmpty()) {
                return Optional.empty();
            }
            if (Quiz.verdict(line.get()).isPresent()) {
                return Optional.of(new String[] {line.get(), Quiz.rest(line.get())});
            }
            console.say(Messages.get("quiz.ask.again"));
        }
    }

    private void feedback(Console console, Quiz.Mark mark) {
        String verdict = style.severity(severity(mark.expected()), mark.expected().id());
        console.say(mark.verdictRight() ? Messages.get("quiz.right", verdict) : Messages.get("quiz.wrong", verdict));
        if (!mark.hasProblem()) {
            console.say("  " + Messages.get("quiz.clean"));
            return;
        }
        mark.named().ifPresentOrElse(id -> console.say(Messages.get("quiz.named", id)),
                () -> console.say(Messages.get("quiz.missed")));
        Set<String> explained = new HashSet<>();
        for (Finding f : mark.problems()) {
            String tag = "[" + f.rule() + "]";
            String finding = Wrap.wrap(tag + " " + Sanitizer.clean(f.message()), width, "  • ", "    ");
            console.say(finding.replaceFirst(Pattern.quote(tag), style.bold(tag)));
            if (explained.add(f.rule())) {
                advisor.rules().rule(f.rule()).map(Rule::rationale).filter(r -> !r.isBlank()).ifPresent(r -> console.say(
                        style.dim(Wrap.wrap(Messages.get("quiz.why", r.strip().replaceAll("\\s+", " ")), width, "    "))));
            }
        }
    }

    private static Severity severity(NoteVerdict v) {
        return switch (v) {
            case SEND -> Severity.INFO;
            case REVISE -> Severity.WARNING;
            case DO_NOT_SEND -> Severity.ERROR;
        };
    }
}

package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Messages;
import dev.rapport.app.Quiz;
import dev.rapport.app.Styler;
import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.Rule;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Wrap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Practise the etiquette in a short drill of notes to send, revise or not send.",
            "For each note, answer s (send), r (revise) or d (don't send), name the problem, and see the rule "
                + "that explains it. The end of input stops the drill with the score so far."})
final class QuizCommand implements Callable<Integer> {
    /** Quiz text is wrapped for a standard 80-column terminal, like the critique. */
    private static final int WIDTH = 78;

    @Option(names = "--count", paramLabel = "N", defaultValue = "5", description = "How many notes (default 5).")
    int count;

    @Option(names = "--seed", paramLabel = "S", description = "Fix the order of the notes, to repeat a drill.")
    Long seed;

    @Mixin
    RulesOption rules;

    private final Context ctx;
    private final Supplier<Advisor> advisors;

    QuizCommand(Context ctx, Supplier<Advisor> advisors) {
        this.ctx = ctx;
        this.advisors = advisors;
    }

    @Override
    public Integer call() {
        Advisor a = rules.apply(advisors.get());
        Quiz quiz = new Quiz(a.critic());
        int max = quiz.items().size();
        if (count < 1 || count > max) {
            throw new RapportException(Messages.get("quiz.count.range", max, count), RapportException.USAGE, null);
        }
        // The only impure choice: without --seed every drill differs, which is what a class wants.
        List<Quiz.Item> items = quiz.pick(count, seed != null ? seed : System.nanoTime());
        PrintWriter out = ctx.out();
        Styler style = Styles.of(ctx);
        BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8));
        out.println(Messages.get("quiz.intro", items.size()));
        int points = 0;
        int possible = 0;
        int done = 0;
        for (Quiz.Item item : items) {
            Critique c = quiz.critique(item);
            out.println();
            out.println(style.bold(Messages.get("quiz.note", done + 1, items.size())));
            out.println("  " + Sanitizer.clean(item.note()));
            Optional<String[]> answer = ask(in, out);
            if (answer.isEmpty()) {
                break;
            }
            NoteVerdict said = Quiz.verdict(answer.get()[0]).orElseThrow();
            String words = answer.get()[1];
            if (words.isBlank() && c.verdict() != NoteVerdict.SEND) {
                out.print(Messages.get("quiz.ask.problem"));
                out.flush();
                String line = read(in);
                if (line == null) {
                    break;
                }
                words = line;
            }
            Quiz.Mark mark = quiz.mark(c, said, words);
            points += mark.points();
            possible += mark.possible();
            done++;
            feedback(out, style, a, mark);
        }
        out.println();
        if (done < items.size()) {
            out.println(Messages.get("quiz.stopped", done, items.size()));
        }
        out.println(style.bold(Messages.get("quiz.score", points, possible)));
        out.flush();
        return 0;
    }

    /** The verdict line and anything typed after it; empty at end of input. */
    private Optional<String[]> ask(BufferedReader in, PrintWriter out) {
        while (true) {
            out.print(Messages.get("quiz.ask.verdict"));
            out.flush();
            String line = read(in);
            if (line == null) {
                out.println();
                return Optional.empty();
            }
            if (Quiz.verdict(line).isPresent()) {
                return Optional.of(new String[] {line, Quiz.rest(line)});
            }
            out.println(Messages.get("quiz.ask.again"));
        }
    }

    private void feedback(PrintWriter out, Styler style, Advisor a, Quiz.Mark mark) {
        String verdict = style.severity(severity(mark.expected()), mark.expected().id());
        out.println(mark.verdictRight() ? Messages.get("quiz.right", verdict) : Messages.get("quiz.wrong", verdict));
        if (!mark.hasProblem()) {
            out.println("  " + Messages.get("quiz.clean"));
            return;
        }
        mark.named().ifPresentOrElse(id -> out.println(Messages.get("quiz.named", id)),
                () -> out.println(Messages.get("quiz.missed")));
        Set<String> explained = new HashSet<>();
        for (Finding f : mark.problems()) {
            String tag = "[" + f.rule() + "]";
            String finding = Wrap.wrap(tag + " " + Sanitizer.clean(f.message()), WIDTH, "  • ", "    ");
            out.println(finding.replaceFirst(java.util.regex.Pattern.quote(tag), style.bold(tag)));
            if (explained.add(f.rule())) {
                a.rules().rule(f.rule()).map(Rule::rationale).filter(r -> !r.isBlank()).ifPresent(r -> out.println(
                        style.dim(Wrap.wrap(Messages.get("quiz.why", r.strip().replaceAll("\\s+", " ")), WIDTH, "    "))));
            }
        }
    }

    private static dev.rapport.etiquette.Severity severity(NoteVerdict v) {
        return switch (v) {
            case SEND -> dev.rapport.etiquette.Severity.INFO;
            case REVISE -> dev.rapport.etiquette.Severity.WARNING;
            case DO_NOT_SEND -> dev.rapport.etiquette.Severity.ERROR;
        };
    }

    private static String read(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Messages;
import dev.rapport.app.Quiz;
import dev.rapport.app.QuizDrill;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
        BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8));
        new QuizDrill(a, Styles.of(ctx), QuizDrill.WIDTH).run(quiz, items, new QuizDrill.Console() {
            @Override
            public Optional<String> ask(String prompt) {
                out.print(prompt);
                out.flush();
                String line = read(in);
                if (line == null) {
                    out.println();
                }
                return Optional.ofNullable(line);
            }

            @Override
            public void say(String text) {
                out.println(text);
            }
        });
        out.flush();
        return 0;
    }

    private static String read(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

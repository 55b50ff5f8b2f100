package dev.rapport.cli;

import dev.rapport.io.Utf8;
import dev.rapport.io.InputKind;
import dev.rapport.io.InputFiles;
import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.AssessmentJson;
import dev.rapport.app.CritiqueBatch;
import dev.rapport.app.CritiqueJson;
import dev.rapport.app.CritiqueText;
import dev.rapport.app.Messages;
import dev.rapport.app.NoteReview;
import dev.rapport.profile.Profile;
import dev.rapport.app.Profiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "critique", mixinStandardHelpOptions = true,
        description = {"Critique an invitation note: a score, a verdict, each problem with why it matters and a fix, and a rewrite.",
            "The verdict is send, revise or do-not-send; each problem is marked where it is in the note. "
                + "The exit code is 0 whatever the verdict."})
final class CritiqueCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The note, in quotes; - reads it from stdin.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the note from a file.")
    Path file;

    @Option(names = {"--to", "--them"}, paramLabel = "PROFILE", description = "The recipient's profile: a file, or a LinkedIn export (folder or zip file).")
    String to;

    @Option(names = {"--from", "--me"}, paramLabel = "PROFILE", description = "Your own profile.")
    String from;

    @Option(names = "--why", paramLabel = "TEXT", defaultValue = "", description = "Why you want to connect, in your own words.")
    String why;

    @Mixin
    LimitOption limits;

    @Option(names = "--each", paramLabel = "FILE",
            description = "Critique many notes in one run: one note a line, or JSON lines with a \"text\" field; one row each and a summary.")
    Path each;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--no-embeddings",
            description = "Match by words only: do not load the in-process sentence-embedding model (also RAPPORT_NO_EMBEDDINGS=1).")
    boolean noEmbeddings;

    @Mixin
    RulesOption rules;

    private final Context ctx;
    private final Supplier<Advisor> advisors;
    private final Runnable warmEmbeddings;

    CritiqueCommand(Context ctx, Supplier<Advisor> advisors) {
        this(ctx, advisors, () -> { });
    }

    /** {@code warmEmbeddings} starts loading the embedding model in the background, once the input has been read. */
    CritiqueCommand(Context ctx, Supplier<Advisor> advisors, Runnable warmEmbeddings) {
        this.ctx = ctx;
        this.advisors = advisors;
        this.warmEmbeddings = warmEmbeddings;
    }

    /** The advisor for this run; the embedding model, which every critique reads, starts loading on the second core first. */
    private Advisor advisor() {
        if (noEmbeddings) {
            return rules.apply(advisors.get()).withoutEmbeddings();
        }
        // the rules file is read first: an error in it ends the run before the model starts loading (a new user's bad rules
        // file crashed the process in the model's native code about four times in ten, exit 134)
        Advisor a = rules.apply(advisors.get());
        // a hand session found critique the slowest command (3-4 s): loading the model beside the language models takes most
        // of its load time off the wall clock
        warmEmbeddings.run();
        return a;
    }

    @Override
    public Integer call() {
        limits.explicit();
        if (each != null) {
            return each();
        }
        String note = note();
        if (note.isBlank()) {
            // (hand session: `critique ""` answered with a score and empty findings)
            // (a second hand session: an empty --file was not named)
            throw new RapportException(file != null && !"-".equals(file.toString()) ? Messages.get("critique.file.empty", file)
                    : Messages.get("critique.empty"));
        }
        int stdinUsers = ("-".equals(to) ? 1 : 0) + ("-".equals(from) ? 1 : 0) + ("-".equals(text) ? 1 : 0);
        if (stdinUsers > 1) {
            throw new RapportException(Messages.get("critique.stdin-once"), RapportException.USAGE, null);
        }
        Profile them = to == null ? null : Profiles.read(to, ctx.in());
        Profile me = from == null ? null : Profiles.read(from, ctx.in());
        Advisor a = advisor();
        NoteReview review = a.critique(note, me, them, why, limitOrDefault(a));
        if (json) {
            ctx.out().println(AssessmentJson.write(CritiqueJson.of(review)));
        } else {
            ctx.out().print(new CritiqueText(Styles.of(ctx)).full(review));
        }
        ctx.out().flush();
        return 0;
    }

    /** --limit, else the one default (the rule set's, or a free account's 200). */
    private int limitOrDefault(Advisor a) {
        return ctx.settings().get().noteLimit(limits.explicit(), a.rules());
    }

    private Integer each() {
        if (text != null || file != null) {
            throw new RapportException(Messages.get("critique.each.with-text"), RapportException.USAGE, null);
        }
        if ("-".equals(to) || "-".equals(from)) {
            throw new RapportException(Messages.get("critique.stdin-once"), RapportException.USAGE, null);
        }
        // (a hand session: --to was ignored in silence, so a wrong name in the class's notes went unseen)
        Profile them = to == null ? null : Profiles.read(to, ctx.in());
        Profile me = from == null ? null : Profiles.read(from, ctx.in());
        var read = CritiqueBatch.read(read(each, InputKind.NOTES), each.toString());
        Advisor a = advisor();
        var rows = CritiqueBatch.grade(a, read.notes(), limitOrDefault(a),
                me, them, why);
        ctx.out().print(json ? CritiqueBatch.json(rows, read.skipped()) + System.lineSeparator() : CritiqueBatch.text(rows));
        ctx.out().flush();
        // the other notes are graded; each line that held none is said, and the file's fault makes the exit 1
        for (String problem : read.skipped()) {
            ctx.err().println(Messages.get("cli.error", Messages.get("critique.each.skipped", problem)));
        }
        ctx.err().flush();
        return read.skipped().isEmpty() ? 0 : RapportException.INPUT;
    }

    private static String read(Path path, InputKind kind) {
        if (InputFiles.type(path) == InputFiles.Type.MISSING) {
            throw new RapportException(Messages.get("critique.file.missing", path));
        }
        return InputFiles.readText(path, kind);
    }

    private String note() {
        if (file != null && text != null) {
            throw new RapportException(Messages.get("critique.two-texts"), RapportException.USAGE, null);
        }
        if (file != null) {
            return read(file, InputKind.NOTE);
        }
        if (text == null) {
            throw new RapportException(Messages.get("critique.no-text"), RapportException.USAGE, null);
        }
        if ("-".equals(text)) {
            try {
                return Utf8.decode(InputFiles.readStream(ctx.in(), InputKind.NOTE, "stdin"), "stdin");
            } catch (IOException e) {
                throw InputFiles.unreadable("stdin", e);
            }
        }
        return text;
    }
}

package dev.rapport.repl;

import dev.rapport.RapportException;
import dev.rapport.app.Failures;
import dev.rapport.app.Advisor;
import dev.rapport.app.Desk;
import dev.rapport.app.Session;
import dev.rapport.app.Settings;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.EngineFlags;
import dev.rapport.profile.Profile;
import dev.rapport.profile.UnnamedProfileException;
import dev.rapport.app.Profiles;
import dev.rapport.repl.ReplIO.Cancel;
import dev.rapport.repl.ReplIO.End;
import dev.rapport.repl.ReplIO.Input;
import dev.rapport.repl.ReplIO.Line;
import dev.rapport.repl.ReplIO.Mode;
import dev.rapport.app.Quiz;
import dev.rapport.app.QuizDrill;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Wrap;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The REPL's conversation: the read loop, pasted profiles and the "whose profile is this?"
 * dialogue, the chat refinements, and rendering what the {@link Desk} returns. Every step with the
 * pair (assess, restyle, refine, ask…) is the desk's; each slash command is one method of
 * {@link ReplCommands}. Talks to the world only through {@link ReplIO}, so a whole session is a unit test.
 */
public final class Conversation {
    enum Whose { ME, THEM }

    private static final Set<String> MINE = Set.of("me", "mine", "my", "my own", "my profile", "i", "myself", "yours", "1");
    private static final Set<String> THEIRS = Set.of("them", "theirs", "their", "they", "their profile", "other",
            "the other", "the other person", "him", "her", "his", "hers", "target", "2");
    /** A typed name: one to five words of letters (with ' - . and accents), nothing else. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,4}");
    private static final Set<String> CHATTY = Set.of("help", "quit", "exit", "bye", "hello", "hi", "hey", "?");

    final ReplIO io;
    final ReplEnvironment env;
    final Desk desk;
    private final CommandLine commands;
    final ReplChat chat;
    private Profile pending;
    /** A pasted profile without a name, kept while the user is asked for it. */
    private UnnamedPaste unnamed;
    /** Pastes that came while a question about an earlier one was open, read in order once it is answered or dropped. */
    private final java.util.ArrayDeque<String> queued = new java.util.ArrayDeque<>();
    boolean done;
    /** An error was reported: a scripted session then ends with exit 1 (see {@link Repl}). */
    private boolean failed;

    /** A command typed as the first line of a paste, run after the command that asked for the paste. */
    private String deferred;
    private static final java.util.regex.Pattern COMMAND = java.util.regex.Pattern.compile("/[A-Za-z][\\w-]*(?:\\s.*)?");

    private record UnnamedPaste(String text, Whose forced) {
    }

    public Conversation(ReplIO io, Supplier<Advisor> advisor, ReplEnvironment env) {
        this(io, advisor, env, EngineFlags.NONE, Settings.resolve(env.env(), false)::engine);
    }

    /** With the engine chosen on the command line ({@code flags}), resolved by the one settings resolver ({@code engines}). */
    public Conversation(ReplIO io, Supplier<Advisor> advisor, ReplEnvironment env, EngineFlags flags,
                        Function<EngineFlags, EngineConfig> engines) {
        this(io, advisor, env, flags, engines, dev.rapport.app.DraftOptions.PREMIUM_LIMIT);
    }

    /** The same, with notes first drafted for {@code startLimit} characters (200 on a free account). */
    public Conversation(ReplIO io, Supplier<Advisor> advisor, ReplEnvironment env, EngineFlags flags,
                        Function<EngineFlags, EngineConfig> engines, int startLimit) {
        this.io = io;
        this.env = env;
        this.desk = new Desk(advisor, flags, engines, startLimit);
        this.chat = new ReplChat(this);
        this.commands = ReplCommands.commandLine(new ReplCommands(this), this::error);
    }

    /** Greets, then reads and answers until the end of input or /quit. */
    public int run() {
        say(ReplMessages.get("greeting"));
        guide();
        while (!done) {
            Input in = io.read(prompt(), Mode.COMMAND);
            if (in instanceof Line line) {
                accept(line.text());
            } else if (in instanceof Cancel || pending != null || unnamed != null) {
                // (Ctrl-D at "full name>" ends that question, not the session: a new user lost the session with the paste)
                cancelled();
            } else {
                done = true;
            }
        }
        return 0;
    }

    public Session session() {
        return desk.session();
    }

    /** The command tree, for completion. */
    public CommandLine commands() {
        return commands;
    }

    public String prompt() {
        // an open question about a paste has a prompt of its own: the main one read as if the name had been taken (a new user)
        if (unnamed != null) {
            return ReplMessages.get("prompt.name") + " ";
        }
        if (pending != null) {
            return ReplMessages.get("prompt.whose") + " ";
        }
        Session s = desk.session();
        StringBuilder p = new StringBuilder("rapport [");
        if (s.me() != null) {
            p.append(ReplMessages.get("prompt.label.you")).append(": ").append(firstName(s.me())).append(" · ");
        }
        if (s.them() != null) {
            p.append(ReplMessages.get("prompt.label.them")).append(": ").append(firstName(s.them())).append(" · ");
        }
        p.append(s.limit());
        if (desk.engineActive()) {
            p.append(" · ").append(desk.engineConfig().engine().id());
        }
        if (s.assessment() != null) {
            // by then the advisor is loaded, so the budget costs the prompt no start-up time
            desk.outreach().shortBudget().ifPresent(b -> p.append(" · ").append(b));
        }
        return p.append("]> ").toString();
    }

    /** One input from the user; never throws, so a bad line cannot end the session. */
    void accept(String raw) {
        try {
            handle(raw);
            // a command typed where a paste was expected ("/quit" after a bare /me) runs once the paste is given up
            while (deferred != null) {
                String command = deferred;
                deferred = null;
                handle(command);
            }
        } catch (RapportException e) {
            deferred = null;
            error(e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            Throwable cause = ReplCommands.rootOf(e);
            Failures.Report report = Failures.of(cause instanceof RapportException ? cause : e);
            if (!report.internal()) {
                error(report.line());
                return;
            }
            failed = true;
            say(ReplMessages.get("error.internal"));
            if (env.env("RAPPORT_DEBUG") != null) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                io.print(Sanitizer.clean(trace.toString()));
            }
        }
    }

    private void handle(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            if (pending != null) {
                say(ReplMessages.get("whose.again"));
            }
            return;
        }
        boolean multiLine = text.indexOf('\n') >= 0;
        if (!multiLine && text.startsWith("/")) {
            io.record(text);
            Profile whose = pending;
            UnnamedPaste nameless = unnamed;
            ReplCommands.execute(commands, text, this);
            // a question still open from before the command is asked again; one the command asked itself is not
            if (pending != null && pending == whose && !done) {
                askWhose(pending);
            } else if (unnamed != null && unnamed == nameless && !done) {
                say(ReplMessages.get("name.ask"));
            }
            return;
        }
        // a bio pasted at the reason's prompt ("I'm a charge nurse in … at Grant Medical Center …") is a profile, as it is at a profile's
        if (Profiles.looksLikeOne(text) || multiLine && awaitingProfile() || (multiLine || io.lastWasPaste()) && pastedBio(text)) {
            if (pending != null || unnamed != null) {
                // the question about the earlier paste stays open; this one must not take its place
                queued.add(text);
                say(ReplMessages.get("paste.queued"));
                return;
            }
            pasted(text, null);
            return;
        }
        if (multiLine) {
            text = text.replaceAll("\\s*\\n\\s*", " ");
        }
        if (pending != null) {
            answerWhose(text);
            return;
        }
        if (unnamed != null) {
            answerName(text);
            return;
        }
        if (ChatParser.parse(text) instanceof ChatRequest.Critique critique) {
            // "is this ok? Hi Sam, …" is a note to mark up at any step, even before any profile
            io.record(text);
            chat.critique(critique.note());
            return;
        }
        if (awaitingProfile()) {
            profileStep(text);
            return;
        }
        io.record(text);
        if (desk.session().why() == null && notesRequest(text)) {
            // "undo" or "shorter" typed before there is any note is no reason to connect (a hand session's "undo" was judged)
            say(ReplMessages.get("why.no-note-yet", text));
            return;
        }
        if (desk.session().why() == null) {
            desk.why(text);
            advance();
            return;
        }
        chat.chat(text);
    }

    /** A first-person bio that names neither loaded person, so it cannot be the reason to connect with one of them. */
    private boolean pastedBio(String text) {
        Session s = desk.session();
        return Profiles.looksLikeBio(text) && java.util.stream.Stream.of(s.me(), s.them()).filter(java.util.Objects::nonNull)
                .noneMatch(p -> !p.firstName().isBlank() && dev.rapport.text.Words.containsWord(text, p.firstName()));
    }

    /** A request about notes ("undo", "start over", "pick 2", "shorter"), which needs notes to act on; a reason is never one. */
    private static boolean notesRequest(String text) {
        ChatRequest r = ChatParser.parse(text);
        boolean few = text.strip().split("\\s+").length <= 3;
        return r instanceof ChatRequest.Undo || r instanceof ChatRequest.StartOver || r instanceof ChatRequest.Pick
                || few && (r instanceof ChatRequest.ChangeLength || r instanceof ChatRequest.ChangeTone || r instanceof ChatRequest.Several);
    }

    /** A single line while a profile is expected: a file name, a question, or the first line of a paste. */
    private void profileStep(String text) {
        Path path = pathOrNull(text);
        if (path != null && Files.exists(path)) {
            io.record(text);
            assign(desk.session().me() == null ? Whose.ME : Whose.THEM, Profiles.read(path));
            return;
        }
        if (io.lastWasPaste()) {
            pasted(text, null); // a bracketed paste is whole as it came: a one-paragraph bio needs no more lines
            return;
        }
        if (text.endsWith("?") || CHATTY.contains(text.toLowerCase(Locale.ROOT))) {
            io.record(text);
            chat.chat(text);
            return;
        }
        collectPaste(text).ifPresent(this::pastedOrReason);
    }

    /**
     * A typed line that began a paste but is no profile: while no reason is set it is most likely the
     * reason typed a step early (say, after a /them that named a missing file), so it is kept as the
     * reason rather than lost.
     */
    private void pastedOrReason(String paste) {
        String text = paste.strip();
        try {
            pasted(text, null);
        } catch (RapportException e) {
            if (text.indexOf('\n') >= 0 || desk.session().why() != null) {
                throw e;
            }
            io.record(text);
            desk.why(text);
            say(ReplMessages.get("paste.kept-as-reason", e.getMessage()));
            advance();
        }
    }

    // ---- profiles: files, pastes and whose they are --------------------------------------------

    void load(Whose whose, String spec) {
        if (spec.isBlank()) {
            say(ReplMessages.get(whose == Whose.ME ? "guide.me" : "guide.them")
                    + (io.wholePastes() ? "" : " " + ReplMessages.get("guide.paste-end")));
            collectPaste(null).ifPresent(p -> pasted(p, whose));
            return;
        }
        Profile p;
        try {
            p = Profiles.read(env.resolve(spec));
        } catch (UnnamedProfileException e) {
            Optional<String> text = Profiles.lackingOnlyTheName(e);
            if (text.isEmpty()) {
                throw e;
            }
            // a page saved from the web may lack only the name: it is asked for, as for a paste, and the file's text kept
            // (a new user's next line was read as the start of a paste, and the file was lost)
            unnamed = new UnnamedPaste(text.get(), whose);
            say(ReplMessages.get("name.ask"));
            return;
        }
        assign(whose, p);
    }

    private void pasted(String text, Whose forced) {
        List<String> parts = Profiles.in(text);
        Session s = desk.session();
        if (parts.size() == 1) {
            pastedOne(parts.get(0), forced);
        } else if (parts.size() == 2 && forced == null && s.me() == null && s.them() == null) {
            say(ReplMessages.get("paste.two"));
            pastedOne(parts.get(0), Whose.ME);
            pastedOne(parts.get(1), Whose.THEM);
        } else {
            say(ReplMessages.get("paste.several"));
        }
    }

    private void pastedOne(String text, Whose forced) {
        Profile p;
        try {
            p = Profiles.parse(text, ReplMessages.get("source.pasted"));
        } catch (UnnamedProfileException e) {
            if (text.strip().indexOf('\n') < 0 && desk.session().why() == null && !io.lastWasPaste()) {
                throw e;    // a typed line with no reason yet: most likely the reason (see pastedOrReason)
            }
            unnamed = new UnnamedPaste(text, forced);
            say(ReplMessages.get("name.ask"));
            return;
        }
        Whose whose = forced != null ? forced : decideWhose(p);
        if (whose == null) {
            pending = p;
            askWhose(p);
            return;
        }
        assign(whose, p);
    }

    /** Fills the empty slot, unless that would be a guess: both are loaded, or the name is the other's. */
    private Whose decideWhose(Profile p) {
        Session s = desk.session();
        if (s.me() == null) {
            return s.them() != null && sameName(p, s.them()) ? null : Whose.ME;
        }
        if (s.them() == null) {
            return sameName(p, s.me()) ? null : Whose.THEM;
        }
        return null;
    }

    private void askWhose(Profile p) {
        if (desk.session().me() != null && sameName(p, desk.session().me())) {
            say(ReplMessages.get("whose.ask-same-name", clean(p.name())));
        } else {
            say(ReplMessages.get("whose.ask", nameOf(p)));
        }
    }

    private void answerWhose(String text) {
        String a = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").strip();
        Whose whose = MINE.contains(a) ? Whose.ME : THEIRS.contains(a) ? Whose.THEM : null;
        if (whose == null) {
            say(ReplMessages.get("whose.again"));
            return;
        }
        io.record(text);
        Profile p = pending;
        pending = null;
        assign(whose, p);
        readQueued();
    }

    /** Reads the pastes kept while a question was open, until one of them asks a question of its own. */
    private void readQueued() {
        while (pending == null && unnamed == null && !queued.isEmpty()) {
            pasted(queued.poll(), null);
        }
    }

    /** The name typed for a pasted profile that had none: it becomes the profile's first line, and the paste is read again. */
    private void answerName(String text) {
        if (!NAME.matcher(text).matches()) {
            say(ReplMessages.get("name.again"));
            return;
        }
        io.record(text);
        UnnamedPaste paste = unnamed;
        unnamed = null;
        pastedOne(text + "\n" + paste.text(), paste.forced());
        readQueued();
    }

    private void assign(Whose whose, Profile p) {
        Optional<Profile> reasonWasFor = Optional.empty();
        Optional<Profile> reasonWasFrom = Optional.empty();
        if (whose == Whose.ME) {
            reasonWasFrom = desk.loadMe(p);
        } else if (Profiles.samePerson(desk.session().me(), p)) {
            // their profile is the user's own, given again: nothing is loaded, and the next paste may be theirs
            say(ReplMessages.get("them.is-me", nameOf(p)));
            return;
        } else {
            reasonWasFor = desk.loadThem(p);
        }
        say(ReplMessages.get(whose == Whose.ME ? "loaded.me" : "loaded.them", summary(p)));
        reasonWasFor.ifPresent(other -> say(ReplMessages.get("why.dropped", nameOf(other), nameOf(p))));
        reasonWasFrom.ifPresent(other -> say(ReplMessages.get("why.dropped.me", nameOf(other), nameOf(p))));
        advance();
    }

    /**
     * The rest of a profile pasted (or typed) line by line. It ends on an empty line when nothing more
     * is arriving, on a pause (a terminal's paste arrives at once), on a lone "." or on Ctrl-D, which
     * here ends the paste and does not quit; Ctrl-C drops it.
     */
    private Optional<String> collectPaste(String first) {
        StringBuilder text = new StringBuilder();
        if (first != null) {
            text.append(first).append('\n');
            say(io.styler().dim(ReplMessages.get("guide.paste-end")));
        }
        String prompt = ReplMessages.get("prompt.paste") + " ";
        while (true) {
            Input in = io.read(prompt, text.length() == 0 ? Mode.PASTE : Mode.PASTE_MORE);
            if (in instanceof Line line) {
                String t = line.text();
                if (t.strip().equals(".") || t.isBlank() && text.length() > 0 && !io.inputPending()) {
                    break;
                }
                if (text.length() == 0 && COMMAND.matcher(t.strip()).matches()) {
                    // "/quit" after a bare /me is a command, not a profile's first line (a hand session got "pasted text: no name
                    // found"); a file's path ("/home/…/me.txt") has a second slash and is no command
                    deferred = t.strip();
                    return Optional.empty();
                }
                boolean whole = text.length() == 0 && t.indexOf('\n') >= 0;
                text.append(t).append('\n');
                if (whole) {
                    break; // a bracketed paste arrives in one piece
                }
            } else if (in instanceof End) {
                break;
            } else {
                say(ReplMessages.get("paste.cancelled"));
                return Optional.empty();
            }
        }
        if (text.toString().isBlank()) {
            say(ReplMessages.get("paste.empty"));
            return Optional.empty();
        }
        return Optional.of(text.toString());
    }

    // ---- the verdict and the notes -------------------------------------------------------------

    void advance() {
        if (desk.session().ready()) {
            chat.assess();
        } else {
            guide();
        }
    }

    void guide() {
        Session s = desk.session();
        String hint = io.wholePastes() ? "" : " " + ReplMessages.get("guide.paste-end");
        if (s.me() == null) {
            say(ReplMessages.get("guide.me") + hint);
        } else if (s.them() == null) {
            say(ReplMessages.get("guide.them") + hint);
        } else if (s.why() == null) {
            say(ReplMessages.get("guide.why"));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void cancelled() {
        if (pending != null || unnamed != null) {
            pending = null;
            unnamed = null;
            say(ReplMessages.get("whose.dropped"));
            readQueued();
        } else {
            say(io.styler().dim(ReplMessages.get("cancel.hint")));
        }
    }

    void forgetPending() {
        pending = null;
        unnamed = null;
        queued.clear();
    }

    /** One line naming the first thing still missing. */
    String missing() {
        Session s = desk.session();
        return ReplMessages.get(s.me() == null ? "missing.me" : s.them() == null ? "missing.them" : "missing.why");
    }

    private boolean awaitingProfile() {
        return desk.session().me() == null || desk.session().them() == null;
    }

    private Path pathOrNull(String text) {
        try {
            return env.resolve(text);
        } catch (RuntimeException e) {
            return null; // not a valid path on this system: it is text
        }
    }

    private static boolean sameName(Profile a, Profile b) {
        return !a.name().isBlank() && a.name().strip().equalsIgnoreCase(b.name().strip());
    }

    private static String firstName(Profile p) {
        String first = clean(p.firstName()).strip();
        return first.isEmpty() ? "?" : first;
    }

    private static String summary(Profile p) {
        String name = nameOf(p);
        return p.headline().isBlank() ? name : ReplMessages.get("loaded.summary", name, clean(p.headline()));
    }

    private static String nameOf(Profile p) {
        return p.name().isBlank() ? ReplMessages.get("loaded.unnamed") : clean(p.name());
    }

    /** One message, wrapped at word boundaries for the terminal (each line keeps its own indent). */
    void say(String line) {
        io.print(Wrap.keepingIndent(line, io.width()) + "\n");
    }

    /** The quiz, here in the conversation; Ctrl-C or Ctrl-D stops it with the score so far and keeps the session. */
    void quiz(int count, Long seed) {
        dev.rapport.app.Advisor a = desk.advisor();
        Quiz quiz = new Quiz(a.critic());
        int n = Math.max(1, Math.min(count, quiz.items().size()));
        List<Quiz.Item> items = quiz.pick(n, seed != null ? seed : System.nanoTime());
        new QuizDrill(a, io.styler(), io.width()).run(quiz, items, new QuizDrill.Console() {
            @Override
            public Optional<String> ask(String prompt) {
                Input in = io.read(prompt, Mode.PASTE);
                return in instanceof Line line ? Optional.of(line.text()) : Optional.empty();
            }

            @Override
            public void say(String text) {
                io.print(text + "\n");
            }
        });
    }

    void error(String message) {
        failed = true;
        say(ReplMessages.get("error.line", clean(message)));
    }

    /** Whether any input of the session was refused with an error. */
    public boolean failed() {
        return failed;
    }

    static String clean(String s) {
        return Sanitizer.clean(s).replace('\n', ' ').replace('\t', ' ');
    }
}

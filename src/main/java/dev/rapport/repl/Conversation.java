package dev.rapport.repl;

import dev.rapport.text.Words;
import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.AssessmentText;
import dev.rapport.app.RulesText;
import dev.rapport.etiquette.Mark;
import dev.rapport.app.NoteReview;
import dev.rapport.app.CritiqueText;
import dev.rapport.app.DraftOptions;
import dev.rapport.app.Messages;
import dev.rapport.draft.Note;
import dev.rapport.draft.Refiner;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.Rule;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.EngineFlags;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.repl.ReplIO.Cancel;
import dev.rapport.repl.ReplIO.End;
import dev.rapport.repl.ReplIO.Input;
import dev.rapport.repl.ReplIO.Line;
import dev.rapport.repl.ReplIO.Mode;
import dev.rapport.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The REPL's conversation: guides from nothing to a note, recognises pasted profiles, runs the
 * slash commands and the offline chat refinements. Holds the {@link Session}; talks to the world only
 * through {@link ReplIO}, so a whole session is a unit test. Every step that fails or is cancelled
 * leaves the previous session as it was.
 */
public final class Conversation {
    enum Whose { ME, THEM }

    private static final Set<String> MINE = Set.of("me", "mine", "my", "my own", "my profile", "i", "myself", "yours", "1");
    private static final Set<String> THEIRS = Set.of("them", "theirs", "their", "they", "their profile", "other",
            "the other", "the other person", "him", "her", "his", "hers", "target", "2");
    private static final Set<String> FREE_TEXT = Set.of("/me", "/them", "/why", "/save", "/critique", "/log", "/forget");
    private static final Set<String> CHATTY = Set.of("help", "quit", "exit", "bye", "hello", "hi", "hey", "?");

    private final ReplIO io;
    private final Supplier<Advisor> advisor;
    private final ReplEnvironment env;
    private final CommandLine commands;
    private final ReplEngine engine;
    private Session session = Session.EMPTY;
    private Profile pending;
    private boolean done;

    public Conversation(ReplIO io, Supplier<Advisor> advisor, ReplEnvironment env) {
        this(io, advisor, env, EngineFlags.NONE, EngineConfig.OFFLINE);
    }

    /** With the engine chosen on the command line ({@code flags}) and resolved from there, the environment and config.yaml. */
    public Conversation(ReplIO io, Supplier<Advisor> advisor, ReplEnvironment env, EngineFlags flags, EngineConfig config) {
        this.io = io;
        this.advisor = advisor;
        this.env = env;
        this.engine = new ReplEngine(io, advisor, env, flags, config);
        this.commands = commandLine(new ReplCommands(this));
    }

    /** Greets, then reads and answers until the end of input or /quit. */
    public int run() {
        say(ReplMessages.get("greeting"));
        guide();
        while (!done) {
            Input in = io.read(prompt(), Mode.COMMAND);
            if (in instanceof Line line) {
                accept(line.text());
            } else if (in instanceof Cancel) {
                cancelled();
            } else {
                done = true;
            }
        }
        return 0;
    }

    public Session session() {
        return session;
    }

    /** The command tree, for completion. */
    public CommandLine commands() {
        return commands;
    }

    public String prompt() {
        StringBuilder p = new StringBuilder("rapport [");
        if (session.me() != null) {
            p.append(ReplMessages.get("prompt.label.you")).append(": ").append(firstName(session.me())).append(" · ");
        }
        if (session.them() != null) {
            p.append(ReplMessages.get("prompt.label.them")).append(": ").append(firstName(session.them())).append(" · ");
        }
        p.append(session.limit());
        if (engine.active()) {
            p.append(" · ").append(engine.name());
        }
        if (session.assessment() != null) {
            // by then the advisor is loaded, so the budget costs the prompt no start-up time
            new ReplJournal(advisor.get()).promptBudget().ifPresent(b -> p.append(" · ").append(b));
        }
        return p.append("]> ").toString();
    }

    /** One input from the user; never throws, so a bad line cannot end the session. */
    void accept(String raw) {
        try {
            handle(raw);
        } catch (RapportException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = rootOf(e);
            if (cause instanceof RapportException re) {
                error(re.getMessage());
                return;
            }
            say(ReplMessages.get("error.internal", cause.getClass().getSimpleName()));
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
            command(text);
            if (pending != null && !done) {
                askWhose(pending);
            }
            return;
        }
        if (ProfileReaders.looksLikeProfile(text) || multiLine && awaitingProfile()) {
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
        if (ChatParser.parse(text) instanceof ChatRequest.Critique critique) {
            // "is this ok? Hi Sam, …" is a note to mark up at any step, even before any profile
            io.record(text);
            critiqueCommand(critique.note());
            return;
        }
        if (awaitingProfile()) {
            profileStep(text);
            return;
        }
        io.record(text);
        if (session.why() == null) {
            session = session.withWhy(text);
            advance();
            return;
        }
        chat(text);
    }

    /** A single line while a profile is expected: a file name, a question, or the first line of a paste. */
    private void profileStep(String text) {
        Whose next = session.me() == null ? Whose.ME : Whose.THEM;
        Path path = pathOrNull(text);
        if (path != null && Files.exists(path)) {
            io.record(text);
            load(next, path);
            return;
        }
        if (text.endsWith("?") || CHATTY.contains(text.toLowerCase(Locale.ROOT))) {
            io.record(text);
            chat(text);
            return;
        }
        collectPaste(text).ifPresent(p -> pasted(p, null));
    }

    // ---- profiles ----------------------------------------------------------------------------

    void loadCommand(Whose whose, String spec) {
        if (spec.isBlank()) {
            say(ReplMessages.get(whose == Whose.ME ? "guide.me" : "guide.them")
                    + (io.wholePastes() ? "" : " " + ReplMessages.get("guide.paste-end")));
            collectPaste(null).ifPresent(p -> pasted(p, whose));
            return;
        }
        load(whose, env.resolve(spec));
    }

    private void load(Whose whose, Path path) {
        assign(whose, ProfileReaders.read(path));
    }

    private void pasted(String text, Whose forced) {
        Profile p = ProfileReaders.parse(text, ReplMessages.get("source.pasted"));
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
        if (session.me() == null) {
            return session.them() != null && sameName(p, session.them()) ? null : Whose.ME;
        }
        if (session.them() == null) {
            return sameName(p, session.me()) ? null : Whose.THEM;
        }
        return null;
    }

    private void askWhose(Profile p) {
        if (session.me() != null && sameName(p, session.me())) {
            say(ReplMessages.get("whose.ask-same-name", clean(p.name())));
        } else {
            say(ReplMessages.get("whose.ask", p.name().isBlank() ? ReplMessages.get("loaded.unnamed") : clean(p.name())));
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
    }

    private void assign(Whose whose, Profile p) {
        session = whose == Whose.ME ? session.withMe(p) : session.withThem(p);
        say(ReplMessages.get(whose == Whose.ME ? "loaded.me" : "loaded.them", summary(p)));
        advance();
    }

    private Optional<String> collectPaste(String first) {
        StringBuilder text = new StringBuilder();
        if (first != null) {
            text.append(first).append('\n');
        }
        String prompt = ReplMessages.get("prompt.paste") + " ";
        while (true) {
            Input in = io.read(prompt, Mode.PASTE);
            if (in instanceof Line line) {
                String t = line.text();
                if (t.strip().equals(".")) {
                    break;
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

    private void advance() {
        if (session.ready()) {
            assess();
        } else {
            guide();
        }
    }

    private void guide() {
        String hint = io.wholePastes() ? "" : " " + ReplMessages.get("guide.paste-end");
        if (session.me() == null) {
            say(ReplMessages.get("guide.me") + hint);
        } else if (session.them() == null) {
            say(ReplMessages.get("guide.them") + hint);
        } else if (session.why() == null) {
            say(ReplMessages.get("guide.why"));
        }
    }

    private void assess() {
        Session s = session;
        Optional<Assessment> a = engine.active() ? engine.assess(s, true)
                : io.cancellable(() -> advisor.get().draft(s.me(), s.them(), s.why(), s.options()));
        if (a.isEmpty()) {
            say(ReplMessages.get("cancelled.work"));
            return;
        }
        session = session.withAssessment(a.get());
        report(a.get());
    }

    private void report(Assessment a) {
        io.print(text().full(a, session.limit()));
        if (a.verdict().decision() != Decision.CONNECT) {
            say(Messages.get(a.verdict().decision() == Decision.FOLLOW_FIRST ? "cli.no-notes.follow" : "cli.no-notes.dont"));
        } else if (!a.notes().isEmpty()) {
            say(io.styler().dim(ReplMessages.get("notes.hint")));
        }
    }

    private void redraft(Style style, String description) {
        redraft(style, description, null);
    }

    /** Drafts again with {@code style}; with an LLM engine, {@code instruction} (the user's words) refines instead. */
    private void redraft(Style style, String description, String instruction) {
        Assessment base = session.assessment();
        if (base == null) {
            assess();
            return;
        }
        if (base.verdict().decision() != Decision.CONNECT) {
            say(ReplMessages.get("no-notes.verdict", base.verdict().decision().id()));
            return;
        }
        DraftOptions options = session.options().withStyle(style);
        Optional<Assessment> a = !engine.active() ? io.cancellable(() -> advisor.get().redraft(base, options))
                : instruction == null ? engine.redraft(base, options) : engine.refine(base, options, instruction);
        if (a.isEmpty()) {
            say(ReplMessages.get("cancelled.work"));
            return;
        }
        if (a.get().notes().isEmpty()) {
            say(ReplMessages.get("no-notes.gated"));
            return;
        }
        boolean same = a.get().notes().stream().map(Note::text).toList().equals(base.notes().stream().map(Note::text).toList());
        session = session.withStyle(style).withAssessment(a.get());
        if (description != null) {
            say(same && !base.notes().isEmpty() ? ReplMessages.get("refine.same") : ReplMessages.get("refine.done", description));
        }
        io.print(text().notes(a.get().notes(), session.limit()));
        io.print(text().notices(a.get()));
    }

    /** One line naming the first thing still missing. */
    private String missing() {
        if (session.me() == null) {
            return ReplMessages.get("missing.me");
        }
        if (session.them() == null) {
            return ReplMessages.get("missing.them");
        }
        return ReplMessages.get("missing.why");
    }

    // ---- chat ----------------------------------------------------------------------------------

    private void chat(String text) {
        ChatRequest request = ChatParser.parse(text);
        if (refinesOffline(request, text)) {
            refineOffline(text);
            return;
        }
        if (request instanceof ChatRequest.Unknown) {
            String word = text.toLowerCase(Locale.ROOT);
            if (commands.getSubcommands().containsKey("/" + word)) {
                say(ReplMessages.get("unknown.command", clean(text), ReplMessages.get("unknown.closest", "/" + word)));
            } else if (!session.ready()) {
                say(ReplMessages.get("chat.nothing-yet", missing()));
            } else if (engine.active()) {
                engineChat(text, request);
            } else {
                say(ReplMessages.get("chat.offline"));
            }
            return;
        }
        if (request instanceof ChatRequest.Critique critique) {
            // a trainer may paste a note with no profiles loaded: the critique works on the note alone
            critiqueCommand(critique.note());
            return;
        }
        if (!session.ready()) {
            say(ReplMessages.get("chat.nothing-yet", missing()));
            return;
        }
        if (request instanceof ChatRequest.Pick pick) {
            pick(pick.number());
        } else if (engine.active()) {
            engineChat(text, request);
        } else if (request instanceof ChatRequest.ExplainVerdict) {
            explainVerdict();
        } else if (request instanceof ChatRequest.Restyle restyle) {
            redraft(restyle.applyTo(session.style()), restyle.describe());
        }
    }

    /**
     * Offline, requests that edit one note (mention, don't mention, remove, longer, shorter, more
     * personal, corrections of fact, "what would make this OK?", "why does it say …?") change that
     * note's plan; tone, questions and "start over" still redraft every note.
     */
    private boolean refinesOffline(ChatRequest request, String text) {
        if (engine.active() || !session.ready() || session.assessment() == null) {
            return false;
        }
        boolean planEdit = request instanceof ChatRequest.Unknown || request instanceof ChatRequest.Mention
                || request instanceof ChatRequest.Avoid || request instanceof ChatRequest.ChangeLength
                || request instanceof ChatRequest.ExplainVerdict;
        return planEdit && Refiner.understands(text);
    }

    private void refineOffline(String text) {
        Assessment base = session.assessment();
        if (base.notes().isEmpty()) {
            say(ReplMessages.get("no-notes.verdict", base.verdict().decision().id()));
            return;
        }
        int number = session.picked() > 0 ? session.picked() : 1;
        Advisor.Refined r = advisor.get().refine(base, number, text, session.options());
        session = session.withAssessment(r.assessment());
        if (r.answer()) {
            say(r.report());
            return;
        }
        if (!r.changed()) {
            say(ReplMessages.get("refine.unchanged", r.report()));
            return;
        }
        say(ReplMessages.get("refine.changed", r.report()));
        io.print(text().notes(r.assessment().notes(), session.limit()));
    }

    /** With an LLM engine: refinements (known or not) go to the model with the conversation so far, questions are answered. */
    private void engineChat(String text, ChatRequest request) {
        Assessment base = session.assessment();
        if (base == null) {
            assess();
            return;
        }
        if (!(request instanceof ChatRequest.Restyle) && (request instanceof ChatRequest.ExplainVerdict
                || ReplEngine.isQuestion(text))) {
            engine.ask(base, session.options(), text);
            return;
        }
        if (request instanceof ChatRequest.StartOver restart) {
            engine.forget();
            redraft(restart.applyTo(session.style()), restart.describe());
            return;
        }
        Style style = request instanceof ChatRequest.Restyle r ? r.applyTo(session.style()) : session.style();
        String description = request instanceof ChatRequest.Restyle r ? r.describe() : ReplMessages.get("refine.as-asked");
        redraft(style, description, text);
    }

    // ---- commands ------------------------------------------------------------------------------

    private void command(String line) {
        String[] words = line.split("\\s+");
        String name = words[0].toLowerCase(Locale.ROOT);
        if (FREE_TEXT.contains(name)) {
            // a reason or a file name is passed as typed: quotes, "--" and runs of spaces included
            String rest = line.substring(words[0].length()).strip();
            words = rest.isEmpty() ? new String[] {name} : new String[] {name, rest};
        }
        if (!commands.getSubcommands().containsKey(name)) {
            String closest = closestCommand(name);
            say(ReplMessages.get("unknown.command", clean(words[0]),
                    closest == null ? "" : ReplMessages.get("unknown.closest", closest)));
            return;
        }
        words[0] = name;
        commands.execute(words);
    }

    void whyCommand(String why) {
        if (why.isBlank()) {
            say(session.why() == null ? ReplMessages.get("guide.why") : ReplMessages.get("loaded.why", clean(session.why())));
            return;
        }
        session = session.withWhy(why);
        advance();
    }

    /** True when there is an assessment to act on; otherwise says what is missing, or makes the first one. */
    private boolean assessed() {
        if (!session.ready()) {
            say(missing());
            return false;
        }
        if (session.assessment() == null) {
            assess();
            return false;
        }
        return true;
    }

    void checkCommand() {
        if (assessed()) {
            explainVerdict();
        }
    }

    void draftCommand() {
        if (assessed()) {
            redraft(session.style(), null);
        }
    }

    void pickCommand(String n) {
        if (n == null || !n.strip().matches("\\d{1,3}")) {
            say(ReplMessages.get("pick.nan"));
            return;
        }
        pick(Integer.parseInt(n.strip()));
    }

    private void pick(int number) {
        int count = session.noteCount();
        if (count == 0) {
            noNote();
            return;
        }
        Optional<Note> note = session.note(number);
        if (note.isEmpty()) {
            say(ReplMessages.get("pick.range", count));
            return;
        }
        session = session.withPicked(number);
        say(ReplMessages.get("pick.done", number));
        say("     " + Sanitizer.clean(note.get().text()).strip().replace("\n", "\n     "));
    }

    void limitCommand(String n) {
        String v = n == null ? "" : n.strip();
        if (!v.equals(String.valueOf(DraftOptions.PREMIUM_LIMIT)) && !v.equals(String.valueOf(DraftOptions.FREE_LIMIT))) {
            say(ReplMessages.get("limit.bad", v.isEmpty() ? ReplMessages.get("limit.nothing") : clean(v)));
            return;
        }
        session = session.withLimit(Integer.parseInt(v));
        say(ReplMessages.get("limit.set", session.limit()));
        Assessment a = session.assessment();
        if (a != null && a.verdict().decision() == Decision.CONNECT) {
            redraft(session.style(), null);
        }
    }

    void explainCommand(String ruleId) {
        if (ruleId == null || ruleId.isBlank()) {
            explainVerdictWithRules();
            return;
        }
        String id = ruleId.strip().toLowerCase(Locale.ROOT);
        Optional<Rule> rule = advisor.get().rules().rule(id);
        if (rule.isEmpty()) {
            String closest = Words.closest(id, advisor.get().rules().all().stream().map(Rule::id).toList()).orElse(null);
            say(ReplMessages.get("explain.unknown", clean(ruleId.strip()),
                    closest == null ? "" : ReplMessages.get("explain.closest", closest)));
            return;
        }
        io.print(new RulesText(io.styler()).explain(rule.get()));
    }

    private void explainVerdict() {
        Assessment a = session.assessment();
        if (a == null) {
            say(ReplMessages.get("explain.nothing", session.ready() ? "" : missing()).strip());
            return;
        }
        io.print(text().verdict(a));
        String sugg = text().suggestions(a);
        if (!sugg.isEmpty()) {
            io.print("\n" + sugg);
        }
    }

    private void explainVerdictWithRules() {
        Assessment a = session.assessment();
        if (a == null) {
            say(ReplMessages.get("explain.nothing", session.ready() ? "" : missing()).strip());
            return;
        }
        say(ReplMessages.get("explain.verdict", io.styler().decision(a.verdict().decision(), a.verdict().decision().id())));
        for (Reason reason : a.verdict().reasons()) {
            say("  " + io.styler().severity(reason.severity(), "•") + " " + clean(reason.message()) + " "
                    + io.styler().dim("[" + reason.rule() + "]"));
            advisor.get().rules().rule(reason.rule()).ifPresent(r ->
                    say(indent(r.title() + ": " + r.rationale().strip())));
        }
        String sugg = text().suggestions(a);
        if (!sugg.isEmpty()) {
            io.print("\n" + sugg);
        }
    }

    void rulesCommand() {
        io.print(new RulesText(io.styler()).list(advisor.get().rules()));
    }

    void copyCommand(List<String> args) {
        int number = session.picked();
        List<String> rest = args;
        if (!args.isEmpty() && args.get(0).matches("\\d{1,3}")) {
            number = Integer.parseInt(args.get(0));
            rest = args.subList(1, args.size());
        }
        String file = String.join(" ", rest).strip();
        if (session.noteCount() == 0) {
            noNote();
            return;
        }
        Optional<Note> note = session.note(number);
        if (note.isEmpty()) {
            say(ReplMessages.get("pick.range", session.noteCount()));
            return;
        }
        String text = Sanitizer.clean(note.get().text()).strip();
        if (!file.isEmpty()) {
            Path path = env.resolve(file);
            if (write(path, text + "\n")) {
                say(ReplMessages.get("copy.file", number, path));
            }
        } else if (io.copyToClipboard(text)) {
            say(ReplMessages.get("copy.clipboard", number, note.get().chars()));
        } else {
            say(ReplMessages.get("copy.no-clipboard", number));
            say(text);
        }
    }

    void saveCommand(String file) {
        if (file.isBlank()) {
            say(ReplMessages.get("save.usage"));
            return;
        }
        Path path = env.resolve(file);
        if (write(path, SessionMarkdown.render(session))) {
            say(ReplMessages.get("save.done", path));
        }
    }

    void resetCommand() {
        session = Session.EMPTY;
        pending = null;
        engine.forget();
        say(ReplMessages.get("reset.done"));
        guide();
    }

    void critiqueCommand(String text) {
        String note = text == null || text.isBlank() ? currentNote().orElse(null) : text;
        if (note == null) {
            say(ReplMessages.get("critique.nothing"));
            return;
        }
        NoteReview review = advisor.get().critique(note, session.me(), session.them(), session.why(), session.limit());
        io.print(new CritiqueText(io.styler()).full(review));
    }

    void markCommand(Mark mark) {
        if (session.them() == null) {
            say(ReplMessages.get("journal.no-them"));
            return;
        }
        say(new ReplJournal(advisor.get()).mark(session.them(), mark));
    }

    void logCommand(String name) {
        io.print(new ReplJournal(advisor.get()).log(name) + "\n");
    }

    void forgetCommand(String name) {
        if (name == null || name.isBlank()) {
            say(ReplMessages.get("journal.forget-who"));
            return;
        }
        say(new ReplJournal(advisor.get()).forget(name));
    }

    private Optional<String> currentNote() {
        Assessment a = session.assessment();
        if (a == null || a.notes().isEmpty()) {
            return Optional.empty();
        }
        int n = session.picked() >= 1 && session.picked() <= a.notes().size() ? session.picked() : 1;
        return Optional.of(a.notes().get(n - 1).text());
    }

    void engineCommand(List<String> args) {
        engine.engineCommand(args);
    }

    void usageCommand() {
        engine.usageCommand();
    }

    void helpCommand() {
        say(ReplMessages.get("help.header"));
        ReplCommands.NAMES.forEach(n -> say("  " + ReplMessages.get("help." + n)));
        say(ReplMessages.get("help.chat"));
        if (engine.active()) {
            say(ReplMessages.get("help.chat.engine"));
        }
        say(ReplMessages.get("help.paste"));
    }

    void quitCommand() {
        done = true;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void cancelled() {
        if (pending != null) {
            pending = null;
            say(ReplMessages.get("whose.dropped"));
        } else {
            say(io.styler().dim(ReplMessages.get("cancel.hint")));
        }
    }

    private void noNote() {
        Assessment a = session.assessment();
        if (a != null && a.verdict().decision() != Decision.CONNECT) {
            say(ReplMessages.get("no-notes.verdict", a.verdict().decision().id()));
        } else {
            say(ReplMessages.get("no-notes.none", session.ready() ? "" : missing()).strip());
        }
    }

    private boolean awaitingProfile() {
        return session.me() == null || session.them() == null;
    }

    private boolean write(Path path, String content) {
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8);
            return true;
        } catch (NoSuchFileException e) {
            error(ReplMessages.get("file.write-failed", path, ReplMessages.get("io.no-folder")));
        } catch (AccessDeniedException e) {
            error(ReplMessages.get("file.write-failed", path, ReplMessages.get("io.denied")));
        } catch (IOException | UncheckedIOException e) {
            String reason = Files.isDirectory(path) ? ReplMessages.get("io.is-dir") : String.valueOf(e.getMessage());
            error(ReplMessages.get("file.write-failed", path, reason));
        }
        return false;
    }

    private Path pathOrNull(String text) {
        try {
            return env.resolve(text);
        } catch (RuntimeException e) {
            return null; // not a valid path on this system: it is text
        }
    }

    private String closestCommand(String name) {
        return Words.closest(name, ReplCommands.NAMES).orElse(null);
    }



    /** The exception behind picocli's and reflection's wrappers. */
    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (!(t instanceof RapportException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean sameName(Profile a, Profile b) {
        return !a.name().isBlank() && a.name().strip().equalsIgnoreCase(b.name().strip());
    }

    private static String firstName(Profile p) {
        String first = clean(p.firstName()).strip();
        return first.isEmpty() ? "?" : first;
    }

    private static String summary(Profile p) {
        String name = p.name().isBlank() ? ReplMessages.get("loaded.unnamed") : clean(p.name());
        return p.headline().isBlank() ? name : ReplMessages.get("loaded.summary", name, clean(p.headline()));
    }

    private AssessmentText text() {
        return new AssessmentText(io.styler(), io.width());
    }

    private void say(String line) {
        io.print(line + "\n");
    }

    private void error(String message) {
        say(ReplMessages.get("error.line", clean(message)));
    }

    private static String indent(String text) {
        return "    " + clean(text).strip().replace("\n", "\n    ");
    }

    private static String clean(String s) {
        return Sanitizer.clean(s).replace('\n', ' ').replace('\t', ' ');
    }

    private CommandLine commandLine(ReplCommands target) {
        CommandLine cl = new CommandLine(target);
        cl.setExpandAtFiles(false); // "@Priya" in a reason is text, not a file to expand
        cl.setUnmatchedOptionsArePositionalParams(true); // "/why -- a dash" is text too
        cl.setParameterExceptionHandler((ex, args) -> {
            error(ex.getMessage());
            return RapportException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (rootOf(ex) instanceof RapportException re) {
                error(re.getMessage());
                return re.exitCode();
            }
            throw ex;
        });
        return cl;
    }
}

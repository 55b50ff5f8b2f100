package dev.rapport.repl;

import dev.rapport.RapportException;
import dev.rapport.app.Assessment;
import dev.rapport.app.Desk;
import dev.rapport.app.RulesText;
import dev.rapport.app.Session;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Mark;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.Rule;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.Usage;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Words;
import dev.rapport.text.Wrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;

/**
 * The slash commands. Each is one picocli {@code @Command} method, in the order /help lists them:
 * its name, its argument label and completion come from the spec, its one-line description from
 * {@code command./name} in the REPL's messages. A command whose one argument is free text (a
 * reason, a file name with spaces) gets the rest of the line as typed.
 */
@Command(name = "rapport")
final class ReplCommands {
    private final Conversation c;
    private final Desk desk;

    ReplCommands(Conversation c) {
        this.c = c;
        this.desk = c.desk;
    }

    @Command(name = "/me")
    void me(@Parameters(arity = "0..*", paramLabel = "FILE") List<String> file) {
        c.load(Conversation.Whose.ME, join(file));
    }

    @Command(name = "/them")
    void them(@Parameters(arity = "0..*", paramLabel = "FILE") List<String> file) {
        c.load(Conversation.Whose.THEM, join(file));
    }

    @Command(name = "/why")
    void why(@Parameters(arity = "0..*", paramLabel = "TEXT") List<String> words) {
        String why = join(words);
        if (why.isBlank()) {
            Session s = desk.session();
            c.say(s.why() == null ? ReplMessages.get("guide.why") : ReplMessages.get("loaded.why", Conversation.clean(s.currentWhy())));
            return;
        }
        desk.why(why);
        c.advance();
    }

    @Command(name = "/check")
    void check() {
        if (assessed()) {
            explainVerdict(c, false);
        }
    }

    @Command(name = "/draft")
    void draft() {
        if (assessed()) {
            c.chat.notesStep(desk.session().style(), (l, x) -> desk.restyle(desk.session().style(), l, x), null);
        }
    }

    @Command(name = "/pick")
    void pick(@Parameters(arity = "0..1", paramLabel = "N") String n) {
        if (n == null || !n.strip().matches("\\d{1,3}")) {
            c.say(ReplMessages.get("pick.nan"));
            return;
        }
        pick(c, Integer.parseInt(n.strip()));
    }

    @Command(name = "/limit")
    void limit(@Parameters(arity = "0..1", paramLabel = "N", completionCandidates = Limits.class) String n) {
        java.util.List<String> edited = desk.editsInForce();
        java.util.Optional<String> was = desk.currentNote();
        java.util.List<String> offered = desk.noteTexts();
        int current = desk.currentNumber();
        boolean redraft = desk.limit(n);
        c.say(ReplMessages.get("limit.set", desk.session().limit()));
        if (desk.session().limit() > desk.accountLimit()) {
            // (a new user on a free account set /limit 300 and was not told LinkedIn would not take the notes)
            c.say(ReplMessages.get("limit.over-account", desk.accountLimit()));
        }
        java.util.Optional<java.util.List<String>> leftOut = redraft ? desk.refitForLimit() : java.util.Optional.empty();
        if (redraft && leftOut.isEmpty() && !edited.isEmpty()) {
            // the edited note cannot be written within the new limit: the notes are drafted again, and that is said
            c.say(ReplMessages.get("limit.edits-lost", desk.session().limit(), "“" + String.join("”, “", edited) + "”"));
        }
        if (leftOut.isPresent()) {
            // the user's refinements are kept: the same notes, fitted to the new limit
            c.say(ReplMessages.get("limit.kept"));
            if (!leftOut.get().isEmpty()) {
                c.say(ReplMessages.get("limit.left-out", desk.session().limit(), "“" + String.join("”, “", leftOut.get()) + "”"));
            }
            sayReplaced(was, desk.currentNote());
            sayOthersLeftOut(offered, current);
            c.chat.showNotes();
        } else if (redraft) {
            int before = was.map(w -> w.codePointCount(0, w.length())).orElse(0);
            c.chat.notesStep(desk.session().style(), (l, x) -> desk.restyle(desk.session().style(), l, x), null);
            // a note drafted again for a smaller limit says what it no longer says, as the refitted one does (a hand
            // session's "/limit 120" cut "when you moved up from Houston" and the name without a word)
            java.util.Optional<String> now = desk.currentNote();
            if (was.isPresent() && now.isPresent() && desk.session().limit() < before) {
                java.util.List<String> gone = dev.rapport.app.NoteText.leftOut(was.get(), now.get());
                if (!gone.isEmpty()) {
                    c.say(ReplMessages.get("limit.left-out", desk.session().limit(), "“" + String.join("”, “", gone) + "”"));
                }
                sayReplaced(was, now);
            }
        }
    }

    /**
     * What a smaller limit took from the other notes on offer, each said (a new user saw note 2 lose its sign-off at 200
     * with only "Your changes to the note are kept"); only when the notes are the same ones in the same order.
     */
    private void sayOthersLeftOut(java.util.List<String> before, int current) {
        java.util.List<String> after = desk.noteTexts();
        if (after.size() != before.size()) {
            return;
        }
        for (int i = 0; i < after.size(); i++) {
            if (i + 1 == current || after.get(i).codePointCount(0, after.get(i).length()) >= before.get(i).codePointCount(0, before.get(i).length())) {
                continue;
            }
            java.util.List<String> gone = dev.rapport.app.NoteText.leftOut(before.get(i), after.get(i));
            if (!gone.isEmpty()) {
                c.say(ReplMessages.get("limit.left-out-other", desk.session().limit(), i + 1, "“" + String.join("”, “", gone) + "”"));
            }
        }
    }

    /** Each sentence the new limit said shorter in other words, with what says it now. */
    private void sayReplaced(java.util.Optional<String> was, java.util.Optional<String> now) {
        if (was.isPresent() && now.isPresent()) {
            dev.rapport.app.NoteText.replaced(was.get(), now.get())
                    .forEach(p -> c.say(ReplMessages.get("limit.replaced", desk.session().limit(), p.get(0), p.get(1))));
        }
    }

    @Command(name = "/explain")
    void explain(@Parameters(arity = "0..1", paramLabel = "RULE", completionCandidates = RuleIds.class) String ruleId) {
        if (ruleId == null || ruleId.isBlank()) {
            explainVerdict(c, true);
            return;
        }
        String id = ruleId.strip().toLowerCase(Locale.ROOT);
        RuleSet rules = desk.advisor().rules();
        Optional<Rule> rule = rules.rule(id);
        if (rule.isEmpty()) {
            String closest = Words.closest(id, rules.all().stream().map(Rule::id).toList()).orElse(null);
            c.say(ReplMessages.get("explain.unknown", Conversation.clean(ruleId.strip()),
                    closest == null ? "" : ReplMessages.get("explain.closest", closest)));
            return;
        }
        c.io.print(new RulesText(c.io.styler()).explain(rule.get()));
    }

    @Command(name = "/rules")
    void rules() {
        c.io.print(new RulesText(c.io.styler()).list(desk.advisor().rules()));
    }

    @Command(name = "/quiz")
    void quiz(@Parameters(arity = "0..1", paramLabel = "N", defaultValue = "5") int count) {
        c.quiz(count, null);
    }

    @Command(name = "/critique")
    void critique(@Parameters(arity = "0..*", paramLabel = "TEXT") List<String> words) {
        c.chat.critique(join(words));
    }

    @Command(name = "/copy")
    void copy(@Parameters(arity = "0..*", paramLabel = "[N] [FILE]") List<String> words) {
        List<String> args = words == null ? List.of() : words;
        int number = desk.session().picked();
        if (!args.isEmpty() && args.get(0).matches("\\d{1,3}")) {
            number = Integer.parseInt(args.get(0));
            args = args.subList(1, args.size());
        }
        String file = String.join(" ", args).strip();
        Optional<Note> note = note(c, number);
        if (note.isEmpty()) {
            return;
        }
        String text = Sanitizer.clean(note.get().text()).strip();
        if (!file.isEmpty()) {
            Path path = c.env.resolve(file);
            if (write(path, text + "\n")) {
                c.say(ReplMessages.get("copy.file", number, path));
            }
        } else if (c.io.copyToClipboard(text)) {
            c.say(ReplMessages.get("copy.clipboard", number, note.get().chars()));
        } else {
            c.say(ReplMessages.get("copy.no-clipboard", number));
            c.say(text);
        }
    }

    @Command(name = "/save")
    void save(@Parameters(arity = "0..*", paramLabel = "FILE") List<String> file) {
        String name = join(file);
        if (name.isBlank()) {
            c.say(ReplMessages.get("save.usage"));
            return;
        }
        Path path = c.env.resolve(name);
        if (write(path, SessionMarkdown.render(desk.session(), desk.transcript()))) {
            c.say(ReplMessages.get("save.done", path));
        }
    }

    @Command(name = "/sent")
    void sent() {
        mark(Mark.SENT);
    }

    @Command(name = "/accepted")
    void accepted() {
        mark(Mark.ACCEPTED);
    }

    @Command(name = "/log")
    void log(@Parameters(arity = "0..*", paramLabel = "NAME") List<String> name) {
        c.say(desk.outreach().log(join(name)));
    }

    @Command(name = "/forget")
    void forget(@Parameters(arity = "0..*", paramLabel = "NAME") List<String> name) {
        c.say(desk.outreach().forget(join(name), null));
    }

    @Command(name = "/engine")
    void engine(@Parameters(arity = "0..2", paramLabel = "NAME [MODEL]", completionCandidates = Engines.class)
                List<String> args) {
        if (args == null || args.isEmpty()) {
            c.say(ReplMessages.get("engine.show", desk.engineConfig().describe()));
            c.say(ReplMessages.get("engine.switch-hint", String.join(", ", Desk.engineNames())));
            return;
        }
        EngineConfig next = desk.switchEngine(args.get(0), args.size() > 1 ? args.get(1) : null);
        c.say(ReplMessages.get(next.engine().isRemote() ? "engine.switched" : "engine.switched.offline", next.describe()));
    }

    @Command(name = "/usage")
    void usage() {
        Usage.Counts n = desk.usage();
        c.say(n.calls() == 0 ? ReplMessages.get("usage.none", desk.engineConfig().engine().id())
                : ReplMessages.get("usage.counts", n.calls(), n.promptTokens(), n.completionTokens(), n.totalTokens()));
    }

    @Command(name = "/reset")
    void reset() {
        desk.reset();
        c.forgetPending();
        c.say(ReplMessages.get("reset.done"));
        c.guide();
    }

    @Command(name = "/help")
    void help() {
        c.say(ReplMessages.get("help.header"));
        List<String[]> rows = new ArrayList<>();
        for (CommandSpec spec : specs(c.commands())) {
            rows.add(new String[] {synopsis(spec), String.join(" ", spec.usageMessage().description())});
        }
        helpLines(rows).forEach(c::say);
        c.say(ReplMessages.get("help.chat"));
        if (desk.engineActive()) {
            c.say(ReplMessages.get("help.chat.engine"));
        }
        c.say(ReplMessages.get("help.paste"));
    }

    @Command(name = "/quit", aliases = {"/exit", "/q"})
    void quit() {
        c.done = true;
    }

    // ---- shared with the chat ------------------------------------------------------------------

    static void pick(Conversation c, int number) {
        Optional<Note> note = note(c, number);
        if (note.isPresent()) {
            c.desk.pick(number);
            c.say(ReplMessages.get("pick.done", number));
            c.say("     " + Sanitizer.clean(note.get().text()).strip().replace("\n", "\n     "));
        }
    }

    /** The verdict, its reasons (with each rule's rationale when {@code withRules}) and the suggestions. */
    static void explainVerdict(Conversation c, boolean withRules) {
        Assessment a = c.desk.session().assessment();
        if (a == null) {
            c.say(ReplMessages.get("explain.nothing", c.desk.session().ready() ? "" : c.missing()).strip());
            return;
        }
        if (withRules) {
            c.say(ReplMessages.get("explain.verdict", c.io.styler().decision(a.verdict().decision(), a.verdict().decision().id())));
            for (Reason reason : a.verdict().reasons()) {
                c.say("  " + c.io.styler().severity(reason.severity(), "•") + " " + Conversation.clean(reason.message()) + " "
                        + c.io.styler().dim("[" + reason.rule() + "]"));
                c.desk.advisor().rules().rule(reason.rule()).ifPresent(r ->
                        c.say("    " + Conversation.clean(r.title() + ": " + r.rationale().strip()).strip()));
            }
        } else {
            c.io.print(c.chat.text().verdict(a));
        }
        String sugg = c.chat.text().suggestions(a);
        if (!sugg.isEmpty()) {
            c.io.print("\n" + sugg);
        }
    }

    /** Note {@code number}, or a line saying why there is none. */
    private static Optional<Note> note(Conversation c, int number) {
        Session s = c.desk.session();
        if (s.noteCount() == 0) {
            Assessment a = s.assessment();
            c.say(a != null && a.verdict().decision() != dev.rapport.etiquette.Decision.CONNECT
                    ? ReplMessages.get("no-notes.verdict", a.verdict().decision().id())
                    : ReplMessages.get("no-notes.none", s.ready() ? "" : c.missing()).strip());
            return Optional.empty();
        }
        Optional<Note> note = s.note(number);
        if (note.isEmpty()) {
            c.say(ReplMessages.get("pick.range", s.noteCount()));
        }
        return note;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void mark(Mark mark) {
        if (desk.session().them() == null) {
            c.say(ReplMessages.get("journal.no-them"));
            return;
        }
        c.say(desk.outreach().mark(desk.session().them(), mark));
    }

    /** True when there is an assessment to act on; otherwise says what is missing, or makes the first one. */
    private boolean assessed() {
        if (!desk.session().ready()) {
            c.say(c.missing());
            return false;
        }
        if (desk.session().assessment() == null) {
            c.chat.assess();
            return false;
        }
        return true;
    }

    private boolean write(Path path, String content) {
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8);
            return true;
        } catch (NoSuchFileException e) {
            c.error(ReplMessages.get("file.write-failed", path, ReplMessages.get("io.no-folder")));
        } catch (AccessDeniedException e) {
            c.error(ReplMessages.get("file.write-failed", path, ReplMessages.get("io.denied")));
        } catch (IOException | UncheckedIOException e) {
            String reason = Files.isDirectory(path) ? ReplMessages.get("io.is-dir")
                    : dev.rapport.io.IoReasons.of(e instanceof UncheckedIOException u ? u.getCause() : e);
            c.error(ReplMessages.get("file.write-failed", path, reason));
        }
        return false;
    }

    private static String join(List<String> words) {
        return words == null ? "" : String.join(" ", words).strip();
    }

    // ---- the command table ---------------------------------------------------------------------

    /** The commands once each (aliases folded), in the order they are declared here. */
    static List<CommandSpec> specs(CommandLine commands) {
        Set<CommandSpec> out = new LinkedHashSet<>();
        commands.getSubcommands().values().forEach(sub -> out.add(sub.getCommandSpec()));
        return List.copyOf(out);
    }

    /** "/copy [N] [FILE]": the name and the argument label, bracketed when the argument is optional. */
    /** Two columns, the first padded to its widest entry by terminal columns (not chars), so wide or combining text lines up. */
    static List<String> helpLines(List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> Wrap.columns(r[0])).max().orElse(0) + 2;
        return rows.stream().map(r -> "  " + Wrap.pad(r[0], width) + r[1]).toList();
    }

    static String synopsis(CommandSpec spec) {
        StringBuilder s = new StringBuilder(spec.name());
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String label = p.paramLabel();
            boolean optional = p.arity().min() == 0 && !label.startsWith("[");
            s.append(' ').append(optional ? "[" + label + "]" : label);
        }
        return s.toString();
    }

    /** A command whose only argument is one label with no space takes the rest of the line as typed. */
    static boolean takesFreeText(CommandSpec spec) {
        List<PositionalParamSpec> p = spec.positionalParameters();
        return p.size() == 1 && p.get(0).arity().isUnspecified() == false && p.get(0).arity().max() == Integer.MAX_VALUE
                && !p.get(0).paramLabel().contains(" ");
    }

    /** Runs one line that starts with "/"; an unknown command gets "did you mean". */
    static void execute(CommandLine commands, String line, Conversation c) {
        String[] words = line.split("\\s+");
        String name = words[0].toLowerCase(Locale.ROOT);
        CommandLine command = commands.getSubcommands().get(name);
        if (command == null) {
            String closest = Words.closest(name, specs(commands).stream().map(CommandSpec::name).toList()).orElse(null);
            c.say(ReplMessages.get("unknown.command", Conversation.clean(words[0]),
                    closest == null ? "" : ReplMessages.get("unknown.closest", closest)));
            return;
        }
        if (takesFreeText(command.getCommandSpec())) {
            // a reason or a file name is passed as typed: quotes, "--" and runs of spaces included
            String rest = line.substring(words[0].length()).strip();
            words = rest.isEmpty() ? new String[] {name} : new String[] {name, rest};
        }
        words[0] = name;
        commands.execute(words);
    }

    /** The command tree over {@code target}, with descriptions from the messages and errors as one line. */
    static CommandLine commandLine(ReplCommands target, Consumer<String> error) {
        CommandLine cl = new CommandLine(target);
        cl.setExpandAtFiles(false); // "@Priya" in a reason is text, not a file to expand
        cl.setUnmatchedOptionsArePositionalParams(true); // "/why -- a dash" is text too
        for (CommandSpec spec : specs(cl)) {
            spec.usageMessage().description(ReplMessages.get("command." + spec.name()));
        }
        cl.setParameterExceptionHandler((ex, args) -> {
            error.accept(ex.getMessage());
            return RapportException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (rootOf(ex) instanceof RapportException re) {
                error.accept(re.getMessage());
                return re.exitCode();
            }
            throw ex;
        });
        return cl;
    }

    /** The exception behind picocli's and reflection's wrappers. */
    static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (!(t instanceof RapportException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Completion for /limit: the two LinkedIn limits. */
    static final class Limits implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("300", "200").iterator();
        }
    }

    /** Completion for /engine. */
    static final class Engines implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Desk.engineNames().iterator();
        }
    }

    /** Completion for /explain: the built-in rule ids. */
    static final class RuleIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RuleSet.builtIn().all().stream().map(Rule::id).sorted().iterator();
        }
    }
}

package dev.rapport.repl;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.DraftOptions;
import dev.rapport.app.Messages;
import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.llm.Cancellation;
import dev.rapport.llm.ChatSession;
import dev.rapport.llm.DraftResult;
import dev.rapport.llm.Engine;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.EngineFlags;
import dev.rapport.llm.Engines;
import dev.rapport.llm.LlmEngine;
import dev.rapport.llm.Reply;
import dev.rapport.llm.Usage;
import dev.rapport.llm.Wiring;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The REPL's LLM engine: which one is in force, the conversation memory with it, and the session's
 * usage. The verdict always comes from the advisor's check; the engine only drafts, refines and
 * answers questions, and every note it proposes passes the advisor's note rules here as the last gate.
 * Nothing here loads LangChain4j until an engine is first used, so the offline REPL starts as fast as before.
 */
final class ReplEngine {
    private static final Pattern QUESTION = Pattern.compile(
            "(?is)(?:why|what|how|should|can|is)\\b.*|.*\\?\\s*");

    private final ReplIO io;
    private final Supplier<Advisor> advisor;
    private final ReplEnvironment env;
    private final EngineFlags startFlags;
    private final Usage usage = new Usage();
    private volatile EngineConfig config;
    private volatile LlmEngine engine;
    private volatile ChatSession chat;

    ReplEngine(ReplIO io, Supplier<Advisor> advisor, ReplEnvironment env, EngineFlags flags, EngineConfig config) {
        this.io = io;
        this.advisor = advisor;
        this.env = env;
        this.startFlags = flags == null ? EngineFlags.NONE : flags;
        this.config = config == null ? EngineConfig.OFFLINE : config;
    }

    /** True when an LLM engine (not offline) is in force. */
    boolean active() {
        return config.engine().isRemote();
    }

    String name() {
        return config.engine().id();
    }

    /** "why…?", "what…", "how…", "should…", "can…", "is…", or anything ending in a question mark. */
    static boolean isQuestion(String text) {
        return QUESTION.matcher(text.strip()).matches();
    }

    // ---- drafting ------------------------------------------------------------------------------

    /**
     * The check, then, for connect, the engine's notes through the gate; {@code fresh} starts the
     * conversation memory over (the profiles or the reason changed). Empty when cancelled.
     */
    Optional<Assessment> assess(Session s, boolean fresh) {
        Cancellation cancel = new Cancellation();
        ProvisionalText view = ProvisionalText.open(io, ReplMessages.get("engine.provisional", name()),
                ReplMessages.get("engine.waiting", name()));
        Optional<Result> r;
        try (view) {
            r = io.cancellable(() -> {
                Assessment checked = advisor.get().check(s.me(), s.them(), s.why());
                if (checked.verdict().decision() != Decision.CONNECT) {
                    return new Result(checked.withNotes(List.of(), List.of()), List.of(), false);
                }
                ChatSession session = session(request(checked, s.options()), fresh);
                return gate(checked, s.options(), session.draft(view, cancel));
            }, cancel::cancel);
        }
        return shown(r);
    }

    /** Drafts again for the same pair (a new limit, /draft, start over); the memory stays. */
    Optional<Assessment> redraft(Assessment checked, DraftOptions options) {
        return draftWith(checked, options, null);
    }

    /** A refinement in the user's own words, with the conversation so far. */
    Optional<Assessment> refine(Assessment checked, DraftOptions options, String instruction) {
        return draftWith(checked, options, instruction);
    }

    private Optional<Assessment> draftWith(Assessment checked, DraftOptions options, String instruction) {
        Cancellation cancel = new Cancellation();
        ProvisionalText view = ProvisionalText.open(io, ReplMessages.get("engine.provisional", name()),
                ReplMessages.get("engine.waiting", name()));
        Optional<Result> r;
        try (view) {
            r = io.cancellable(() -> {
                ChatSession session = session(request(checked, options), false);
                DraftResult d = instruction == null ? session.draft(view, cancel) : session.refine(instruction, view, cancel);
                return gate(checked, options, d);
            }, cancel::cancel);
        }
        return shown(r);
    }

    /** A question about the verdict or the notes: the answer is streamed, then printed in full. */
    void ask(Assessment checked, DraftOptions options, String question) {
        Cancellation cancel = new Cancellation();
        ProvisionalText view = ProvisionalText.open(io, ReplMessages.get("engine.provisional.answer", name()),
                ReplMessages.get("engine.thinking", name()));
        Optional<Reply> reply;
        try (view) {
            reply = io.cancellable(() -> session(request(checked, options), false).ask(question, view, cancel),
                    cancel::cancel);
        }
        if (reply.isEmpty() || reply.get().cancelled()) {
            reply.ifPresent(r -> notices(withoutLast(r.notices())));
            say(ReplMessages.get("engine.cancelled"));
            return;
        }
        notices(reply.get().notices());
        if (reply.get().ok()) {
            say(Wrap.wrap(Sanitizer.clean(reply.get().text()).strip(), io.width(), "", ""));
        }
    }

    /** Forgets the conversation with the model (/reset); the engine and the usage stay. */
    void forget() {
        ChatSession c = chat;
        if (c != null) {
            c.clear();
        }
    }

    // ---- /engine and /usage --------------------------------------------------------------------

    void engineCommand(List<String> args) {
        if (args.isEmpty()) {
            say(ReplMessages.get("engine.show", config.describe()));
            say(ReplMessages.get("engine.switch-hint", String.join(", ", Engine.ids().split("\\|"))));
            return;
        }
        if (args.size() > 2) {
            say(ReplMessages.get("engine.usage"));
            return;
        }
        String id = args.get(0).strip().toLowerCase(Locale.ROOT);
        String model = args.size() > 1 ? args.get(1).strip() : null;
        // the start-up model and base URL belong to the start-up engine; another engine gets its own defaults
        boolean same = Engine.byId(id).map(e -> e.id().equals(startFlags.engine() == null ? null
                : startFlags.engine().strip().toLowerCase(Locale.ROOT))).orElse(false);
        EngineFlags flags = same ? startFlags
                : new EngineFlags(id, null, null, startFlags.prompts(), startFlags.redact());
        if (model != null) {
            flags = flags.withModel(model);
        }
        EngineConfig next = EngineConfig.resolve(flags, env.env()); // an unknown name is a one-line error
        config = next;
        engine = null;
        chat = null;
        say(ReplMessages.get(next.engine().isRemote() ? "engine.switched" : "engine.switched.offline", next.describe()));
    }

    void usageCommand() {
        Usage.Counts c = usage.counts();
        if (c.calls() == 0) {
            say(ReplMessages.get("usage.none", name()));
            return;
        }
        say(ReplMessages.get("usage.counts", c.calls(), c.promptTokens(), c.completionTokens(), c.totalTokens()));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** What the user sees of one draft, and whether it was cancelled. */
    private record Result(Assessment assessment, List<String> notices, boolean cancelled) {
    }

    /** The engine's notes through the advisor's note rules as the final gate, as Advisor.redraft does. */
    private Result gate(Assessment checked, DraftOptions options, DraftResult d) {
        if (d.cancelled()) {
            return new Result(checked, withoutLast(d.notices()), true);
        }
        Advisor a = advisor.get();
        NoteContext context = a.contextFor(checked, options.limit());
        List<Note> shown = new ArrayList<>();
        int heldBack = 0;
        for (Note n : d.notes()) {
            if (a.noteRules().passes(n.text(), context)) {
                shown.add(Note.of(n.text(), n.angle()));
            } else {
                heldBack++;
            }
        }
        List<String> held = heldBack == 0 ? List.of()
                : List.of(Messages.get("gate.held-back", heldBack, d.fellBack() ? "offline" : name()));
        return new Result(checked.withNotes(shown, held), d.notices(), false);
    }

    /** Prints the notices (one line each) once the provisional text is gone; empty when cancelled. */
    private Optional<Assessment> shown(Optional<Result> r) {
        r.ifPresent(x -> notices(x.notices()));
        if (r.isEmpty() || r.get().cancelled()) {
            return Optional.empty();
        }
        return Optional.of(r.get().assessment());
    }

    private ChatSession session(DraftRequest request, boolean fresh) {
        ChatSession c = chat;
        if (c == null) {
            c = open().session(request);
            chat = c;
        } else {
            if (fresh) {
                c.clear();
            }
            c.update(request);
        }
        return c;
    }

    private LlmEngine open() {
        LlmEngine e = engine;
        if (e == null) {
            Advisor a = advisor.get();
            e = Engines.open(config, Wiring.of(a.rules(), a.drafter(), line -> { }), usage);
            engine = e;
        }
        return e;
    }

    private static DraftRequest request(Assessment checked, DraftOptions options) {
        return new DraftRequest(checked.me(), checked.them(), checked.purpose(), checked.commonGround(),
                checked.verdict(), options.limit(), options.variants(), options.style());
    }

    /** A cancelled call ends with its own "cancelled" line; the REPL says that in its own words. */
    private static List<String> withoutLast(List<String> notices) {
        return notices.isEmpty() ? notices : notices.subList(0, notices.size() - 1);
    }

    private void notices(List<String> lines) {
        lines.forEach(n -> say(Sanitizer.clean(n).replace('\n', ' ').replace('\t', ' ').strip()));
    }

    private void say(String line) {
        io.print(line + "\n");
    }
}

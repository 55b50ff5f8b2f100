package dev.rapport.repl;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.AssessmentText;
import dev.rapport.app.CritiqueText;
import dev.rapport.app.Desk;
import dev.rapport.app.Drafting;
import dev.rapport.app.Messages;
import dev.rapport.draft.Answer;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftListener;
import dev.rapport.draft.Note;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.Decision;
import dev.rapport.text.QuotedBack;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Wrap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The conversation about the notes: the verdict and the notes as the {@link Desk} returns them,
 * restyling and refining in the user's words, questions for a model, critiques. Each step that
 * drafts can be cancelled with Ctrl-C; a model's text shows as provisional while it writes.
 */
final class ReplChat {
    // "why is the warrant only 56?", "what does the score mean": the number itself is asked about
    // "isn't that shared?", "doesn't that count?", "is that not common ground?"
    private static final Pattern COUNTS_QUESTION = Pattern.compile(
            "(?i)\\b(?:isn'?t|isnt|is not|doesn'?t|doesnt|does not|does|is)\\s+(?:that|this|it)\\s+(?:not\\s+)?(?:shared|count|common ground|enough|a (?:link|connection))\\b");
    private static final Pattern CHANGE_QUESTION = Pattern.compile(
            "(?i)\\bwhat (?:would|could|will|can|should|might)\\b|\\bhow (?:can|could|do|would|should) i\\b|\\bwhat do i need\\b");
    private static final Pattern WARRANT = Pattern.compile("(?i)\\b(?:warrant|score|number|\\d{1,3}(?:/100)?)\\b");
    private static final Pattern QUESTION = Pattern.compile("(?is)(?:why|what|how|should|can|is)\\b.*|.*\\?\\s*");

    private final Conversation c;
    private final ReplIO io;
    private final Desk desk;

    ReplChat(Conversation c) {
        this.c = c;
        this.io = c.io;
        this.desk = c.desk;
    }

    void assess() {
        Optional<Drafting> d = drafting(desk::assess);
        if (d.isEmpty()) {
            return;
        }
        desk.keep(d.get());
        Assessment a = d.get().assessment();
        io.print(text().full(a, desk.session().limit()));
        if (a.verdict().decision() != Decision.CONNECT) {
            say(Messages.get(a.verdict().decision() == Decision.FOLLOW_FIRST ? "cli.no-notes.follow" : "cli.no-notes.dont"));
        } else if (!a.notes().isEmpty()) {
            say(io.styler().dim(ReplMessages.get(a.notes().size() > 1 ? "notes.hint" : "notes.hint.one")));
        }
    }

    /** Shows the session's notes as they are now (after a new limit kept the user's refinements). */
    void showNotes() {
        Assessment a = desk.session().assessment();
        if (a != null) {
            io.print(text().notes(a.notes(), desk.session().limit()));
        }
    }

    /** Shows the notes of a restyle or refinement, or says why there are none. */
    void notesStep(Style style, BiFunction<DraftListener, Cancellation, Drafting> step, String description) {
        Assessment base = desk.session().assessment();
        if (base == null) {
            assess();
            return;
        }
        if (base.verdict().decision() != Decision.CONNECT) {
            say(ReplMessages.get("no-notes.verdict", base.verdict().decision().id()));
            return;
        }
        Optional<Drafting> d = drafting(step);
        if (d.isEmpty()) {
            return;
        }
        Assessment a = d.get().assessment();
        if (a.notes().isEmpty()) {
            io.print(text().notices(a));
            say(ReplMessages.get("no-notes.gated"));
            return;
        }
        boolean same = a.notes().stream().map(Note::text).toList().equals(base.notes().stream().map(Note::text).toList());
        desk.keep(d.get(), style, description);
        if (description != null) {
            say(same && !base.notes().isEmpty() ? ReplMessages.get("refine.same") : ReplMessages.get("refine.done", description));
        }
        io.print(text().notes(a.notes(), desk.session().limit()));
        io.print(text().notices(a));
    }

    /** Runs a drafting step so that Ctrl-C stops it; a model's text shows as provisional while it writes. */
    private Optional<Drafting> drafting(BiFunction<DraftListener, Cancellation, Drafting> step) {
        Cancellation cancel = new Cancellation();
        String engine = desk.engineConfig().engine().id();
        Optional<Drafting> d;
        ProvisionalText view = desk.engineActive() ? ProvisionalText.open(io,
                ReplMessages.get("engine.provisional", engine), ReplMessages.get("engine.waiting", engine)) : null;
        try {
            d = io.cancellable(() -> step.apply(view == null ? DraftListener.NONE : view, cancel), cancel::cancel);
        } finally {
            if (view != null) {
                view.close();
            }
        }
        if (d.isEmpty() || d.get().cancelled()) {
            d.ifPresent(x -> notices(withoutLast(x.assessment().notices())));
            say(ReplMessages.get("cancelled.work"));
            return Optional.empty();
        }
        return d;
    }

    // ---- chat ----------------------------------------------------------------------------------

    void chat(String text) {
        ChatRequest request = ChatParser.parse(text);
        if (refinesOffline(request, text)) {
            refineOffline(text);
            return;
        }
        if (request instanceof ChatRequest.Unknown) {
            String word = text.toLowerCase(Locale.ROOT);
            if (c.commands().getSubcommands().containsKey("/" + word)) {
                say(ReplMessages.get("unknown.command", clean(text), ReplMessages.get("unknown.closest", "/" + word)));
            } else if (!desk.session().ready()) {
                say(ReplMessages.get("chat.nothing-yet", c.missing()));
            } else if (desk.engineActive()) {
                engineChat(text, request);
            } else if (desk.session().assessment() != null && desk.session().assessment().notes().isEmpty() && COUNTS_QUESTION.matcher(text).find()) {
                // "but we both work in healthcare, isnt that shared?": what counts as shared history is the answer
                say(ReplMessages.get("chat.what-counts", desk.session().assessment().verdict().decision().id()));
            } else if (desk.session().assessment() != null && desk.session().assessment().notes().isEmpty()) {
                // no note to refine (follow-first, do-not-connect): what the user types is most likely more of their reason
                say(ReplMessages.get("chat.no-note", desk.session().assessment().verdict().decision().id(), QuotedBack.of(clean(text))));
            } else {
                say(ReplMessages.get("chat.offline", QuotedBack.of(clean(text))));
            }
            return;
        }
        if (request instanceof ChatRequest.Critique critique) {
            // a trainer may paste a note with no profiles loaded: the critique works on the note alone
            critique(critique.note());
            return;
        }
        if (!desk.session().ready()) {
            say(ReplMessages.get("chat.nothing-yet", c.missing()));
        } else if (request instanceof ChatRequest.Pick pick) {
            ReplCommands.pick(c, pick.number());
        } else if (request instanceof ChatRequest.Undo) {
            desk.undo().ifPresentOrElse(undone -> {
                say(undone.isBlank() ? ReplMessages.get("undo.done") : ReplMessages.get("undo.done-request", QuotedBack.of(undone)));
                showNotes();
            }, () -> say(ReplMessages.get("undo.nothing")));
        } else if (request instanceof ChatRequest.WhyDropped dropped) {
            say(NoteHistory.whyDropped(desk.transcript(), dropped.subject()));
        } else if (desk.engineActive()) {
            engineChat(text, request);
        } else if (request instanceof ChatRequest.ExplainVerdict) {
            ReplCommands.explainVerdict(c, false);
            if (WARRANT.matcher(text).find() && desk.session().assessment() != null) {
                io.print("\n" + text().warrant(desk.session().assessment()));
            }
        } else if (request instanceof ChatRequest.Restyle restyle) {
            Style style = restyle.applyTo(desk.session().style());
            notesStep(style, (l, c) -> desk.refine(style, text, l, c), described(restyle));
        }
    }

    /** What a restyle did, in a line; "start over" says "as you corrected it" only while a correction of fact holds. */
    private String described(ChatRequest.Restyle restyle) {
        return restyle instanceof ChatRequest.StartOver && desk.reasonCorrected() ? ReplMessages.get("refine.start-over.corrected")
                : restyle.describe();
    }

    /**
     * Offline, requests that edit one note (mention, don't mention, remove, longer, shorter, a tone,
     * the question, more personal, "what would make this OK?", "why does it say …?") change the
     * picked note's plan; a correction of fact also redrafts the other notes; "start over" redrafts every note.
     */
    private boolean refinesOffline(ChatRequest request, String text) {
        if (desk.engineActive() || !desk.session().ready() || desk.session().assessment() == null) {
            return false;
        }
        // Every edit but "start over" changes the picked note's plan, so an earlier edit (a mention, a removal) is never lost to a redraft.
        boolean planEdit = request instanceof ChatRequest.Unknown || request instanceof ChatRequest.ExplainVerdict
                || request instanceof ChatRequest.Restyle && !(request instanceof ChatRequest.StartOver);
        return planEdit && desk.refinesOffline(text);
    }

    private void refineOffline(String text) {
        Assessment base = desk.session().assessment();
        if (base.notes().isEmpty()) {
            if (CHANGE_QUESTION.matcher(text).find()) {
                // "what would make it OK?" with no note: the verdict's reasons and what to do are the answer
                say(ReplMessages.get("no-notes.what-changes", base.verdict().decision().id()));
                ReplCommands.explainVerdict(c, false);
            } else {
                say(ReplMessages.get("no-notes.verdict", base.verdict().decision().id()));
            }
            return;
        }
        Advisor.Refined r = desk.refineNote(text);
        if (r.answer()) {
            say(r.report());
        } else if (!r.changed()) {
            say(ReplMessages.get("refine.unchanged", r.report()));
        } else {
            say(ReplMessages.get("refine.changed", r.report()));
            io.print(text().notes(r.assessment().notes(), desk.session().limit()));
        }
    }

    /** With an LLM engine: refinements (known or not) go to the model with the conversation so far, questions are answered. */
    private void engineChat(String text, ChatRequest request) {
        if (desk.session().assessment() == null) {
            assess();
            return;
        }
        if (!(request instanceof ChatRequest.Restyle) && (request instanceof ChatRequest.ExplainVerdict
                || QUESTION.matcher(text.strip()).matches())) {
            ask(text);
            return;
        }
        Style current = desk.session().style();
        if (request instanceof ChatRequest.StartOver restart) {
            Style style = restart.applyTo(current);
            notesStep(style, (l, c) -> desk.startOver(style, l, c), described(restart));
            return;
        }
        Style style = request instanceof ChatRequest.Restyle r ? r.applyTo(current) : current;
        String description = request instanceof ChatRequest.Restyle r ? r.describe() : ReplMessages.get("refine.as-asked");
        notesStep(style, (l, c) -> desk.refine(style, text, l, c), description);
    }

    /** A question about the verdict or the notes: the answer is streamed, then printed in full. */
    private void ask(String question) {
        Cancellation cancel = new Cancellation();
        String engine = desk.engineConfig().engine().id();
        Optional<Answer> answer;
        try (ProvisionalText view = ProvisionalText.open(io, ReplMessages.get("engine.provisional.answer", engine),
                ReplMessages.get("engine.thinking", engine))) {
            answer = io.cancellable(() -> desk.ask(question, view, cancel), cancel::cancel);
        }
        if (answer.isEmpty() || answer.get().cancelled()) {
            answer.ifPresent(r -> notices(withoutLast(r.notices())));
            say(ReplMessages.get("engine.cancelled"));
            return;
        }
        notices(answer.get().notices());
        if (answer.get().ok()) {
            say(Wrap.wrap(Sanitizer.clean(answer.get().text()).strip(), io.width(), "", ""));
        }
    }

    void critique(String text) {
        desk.critique(text).ifPresentOrElse(r -> io.print(new CritiqueText(io.styler()).full(r)),
                () -> say(ReplMessages.get("critique.nothing")));
    }

    AssessmentText text() {
        return new AssessmentText(io.styler(), io.width());
    }

    /** A cancelled call ends with its own "cancelled" line; the REPL says that in its own words. */
    private static List<String> withoutLast(List<String> notices) {
        return notices.isEmpty() ? notices : notices.subList(0, notices.size() - 1);
    }

    void notices(List<String> lines) {
        lines.forEach(n -> say(Conversation.clean(n).strip()));
    }

    private void say(String line) {
        c.say(line);
    }

    private static String clean(String s) {
        return Conversation.clean(s);
    }
}

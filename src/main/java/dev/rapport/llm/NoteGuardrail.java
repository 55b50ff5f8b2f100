package dev.rapport.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.Severity;
import dev.rapport.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The output gate, as a LangChain4j output guardrail: an answer passes only when it is the JSON
 * asked for and every note in it passes every note-level etiquette rule, fits the limit, carries
 * no link, and repeats nothing that only an instruction-like passage of a profile contains.
 * A failing answer is sent back ("reprompt") with the problems spelled out.
 */
final class NoteGuardrail implements OutputGuardrail {
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|org|net|io|dev|co|ai|me|ly|app)(?:/\\S*)?\\b");

    private final NoteChecker checker;
    private final NoteContext context;
    private final InjectionScreen screen;
    private final int variants;

    NoteGuardrail(NoteChecker checker, NoteContext context, InjectionScreen screen, int variants) {
        this.checker = checker;
        this.context = context;
        this.screen = screen;
        this.variants = variants;
    }

    @Override
    public OutputGuardrailResult validate(AiMessage answer) {
        String text = answer == null ? null : answer.text();
        if (text == null || text.isBlank()) {
            return fail(Failure.EMPTY, List.of(Messages.get("gate.count")));
        }
        var parsed = DraftAnswer.parse(text);
        if (parsed.isEmpty()) {
            return fail(Failure.MALFORMED, List.of("it was not the JSON object asked for"));
        }
        List<DraftAnswer.Proposed> proposed = parsed.get().notes().stream()
                .filter(p -> !p.text().isBlank()).limit(Math.max(1, variants)).toList();
        if (proposed.isEmpty()) {
            return fail(Failure.EMPTY, List.of(Messages.get("gate.count")));
        }
        List<Note> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            String note = Sanitizer.clean(proposed.get(i).text()).strip();
            problems.addAll(problems(note));
            notes.add(Note.of(note, angle(proposed.get(i).angle())));
        }
        if (!problems.isEmpty()) {
            return fail(Failure.REJECTED, numbered(proposed));
        }
        return successWith(answer, List.copyOf(notes));
    }

    private List<String> numbered(List<DraftAnswer.Proposed> proposed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            String note = Sanitizer.clean(proposed.get(i).text()).strip();
            for (String p : problems(note)) {
                out.add("- note " + (i + 1) + ": " + p);
            }
        }
        return out;
    }

    /** Everything wrong with one note, in words the model (and a log reader) can act on. */
    List<String> problems(String note) {
        List<String> out = new ArrayList<>();
        int chars = Sanitizer.length(note);
        if (chars > context.limit()) {
            out.add(Messages.get("gate.reason", "over-length", chars + " characters, the limit is " + context.limit()));
        }
        if (LINK.matcher(note).find()) {
            out.add(Messages.get("gate.reason", "link", Messages.get("gate.link")));
        }
        for (String echo : screen.echoes(note)) {
            out.add(Messages.get("gate.reason", "injection", Messages.get("gate.injection", echo)));
        }
        for (Finding f : checker.check(note, context)) {
            if (f.severity() != Severity.INFO) {
                String fix = f.fix() == null || f.fix().isBlank() ? "" : " (fix: " + f.fix() + ")";
                String line = Messages.get("gate.reason", f.rule(), f.message() + fix);
                if (!out.contains(line)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private OutputGuardrailResult fail(Failure kind, List<String> problems) {
        String text = String.join("\n", problems);
        return reprompt(text, new Failure.Problem(kind, text), text);
    }

    private static String angle(String angle) {
        String a = angle == null ? "" : Sanitizer.clean(angle).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        a = a.replaceAll("^-+|-+$", "");
        return a.isEmpty() ? "llm" : a.length() > 40 ? a.substring(0, 40) : a;
    }
}

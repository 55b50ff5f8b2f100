package dev.rapport.draft;

import dev.rapport.text.Words;
import dev.rapport.draft.Clause.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins clauses into a note and shortens it by dropping or plainer-wording clauses until it fits:
 * first down to the style's budget (which may be smaller than the limit), then, if the essential
 * clauses alone are still too long, down to the hard limit.
 */
final class NoteComposer {
    private record Step(Role role, boolean drop) {
    }

    // Optional detail goes first; the shared context and the greeting are what make the note worth sending.
    // A second piece of shared ground outlasts the question: it is often the real link between the two.
    // The why-now is only made plainer to reach a short style's budget: a note that names what we
    // share but not why we write reads like a form. Only the hard limit may cost it.
    private static final List<Step> SOFT = List.of(
            new Step(Role.OPENER, true), new Step(Role.CLOSE, false), new Step(Role.QUESTION, true),
            new Step(Role.EXTRA, true), new Step(Role.WHY_NOW, false), new Step(Role.WHY_NOW, false),
            new Step(Role.WHY_NOW, false), new Step(Role.WHY_NOW, false));
    private static final List<Step> HARD = List.of(
            new Step(Role.CONTEXT, false), new Step(Role.CONTEXT, false), new Step(Role.CONTEXT, false),
            new Step(Role.WHY_NOW, true));

    private NoteComposer() {
    }

    /** The note within {@code limit} code points, as close to {@code budget} as dropping clauses allows; empty when even the essentials do not fit. */
    static Optional<String> compose(List<Clause> clauses, int budget, int limit) {
        shorten(clauses, SOFT, budget);
        shorten(clauses, HARD, limit);
        String text = join(clauses);
        return Text.length(text) <= limit ? Optional.of(text) : Optional.empty();
    }

    private static void shorten(List<Clause> clauses, List<Step> steps, int target) {
        for (Step step : steps) {
            if (Text.length(join(clauses)) <= target) {
                return;
            }
            for (Clause c : clauses) {
                if (c.role() == step.role()) {
                    boolean changed = step.drop() ? c.drop() : c.down();
                    if (changed) {
                        break;
                    }
                }
            }
        }
    }

    /** The greeting ends in a comma, so the clause right after it continues the sentence; the rest start sentences. */
    static String join(List<Clause> clauses) {
        List<String> parts = new ArrayList<>();
        boolean afterGreeting = false;
        for (Clause c : clauses) {
            if (!c.present()) {
                continue;
            }
            String t = c.text();
            if (c.role() == Role.GREETING) {
                afterGreeting = true;
            } else if (!afterGreeting) {
                t = Words.capitalise(t);
            } else {
                afterGreeting = false;
            }
            parts.add(t);
        }
        return String.join(" ", parts);
    }
}

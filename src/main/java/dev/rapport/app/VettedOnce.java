package dev.rapport.app;

import dev.rapport.draft.Vetting;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gate's one vetting of a draft call, each note text vetted once: a model engine asks it for
 * the problems to send back, and the gate's final look at the same candidates gets the same
 * answer without running the note rules (and the paraphrase model) a second time.
 */
final class VettedOnce implements Vetting {
    private final Vetting rules;
    private final Map<String, List<String>> answers = new ConcurrentHashMap<>();

    VettedOnce(Vetting rules) {
        this.rules = rules;
    }

    @Override
    public List<String> problems(String note) {
        return answers.computeIfAbsent(note == null ? "" : note, n -> List.copyOf(rules.problems(n)));
    }
}

package dev.rapport.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A note before it is written out: its clauses in order, each with its source, and the common
 * ground it leads with. Refinements edit the plan; the realiser turns it into text within a budget.
 */
public record NotePlan(String angle, List<Clause> clauses) {
    public NotePlan {
        clauses = List.copyOf(clauses);
        angle = angle == null ? "" : angle;
    }

    public boolean has(Clause.Role role) {
        return clauses.stream().anyMatch(c -> c.role() == role);
    }

    public Optional<Clause> first(Clause.Role role) {
        return clauses.stream().filter(c -> c.role() == role).findFirst();
    }

    public NotePlan without(Predicate<Clause> which) {
        List<Clause> out = new ArrayList<>(clauses);
        out.removeIf(which);
        return new NotePlan(angle, out);
    }

    /** The plan with the user's own clauses cut to their plainest level (the reason's fact without its tail). */
    /**
     * The plan with only the user's ask at its plainest cut ("the question without the coffee", "any advice on applying"
     * for "refer me"): for when a rule objects to the ask alone, the rest of the note keeps its words.
     */
    /**
     * The plan with the user's ask stepped down, one plan per step and the plainest last: the first that passes keeps
     * most of what the user asked ("My thesis is on …. Could I send you a few questions?" before the bare question).
     */
    public List<NotePlan> plainerAsks() {
        int most = clauses.stream().filter(NotePlan::userAsk).mapToInt(c -> c.levels().size()).max().orElse(1);
        List<NotePlan> out = new ArrayList<>();
        for (int from = 1; from < most; from++) {
            int k = from;
            out.add(new NotePlan(angle, clauses.stream()
                    .map(c -> userAsk(c) && c.levels().size() > 1
                            ? new Clause(c.role(), c.source(), c.levels().subList(Math.min(k, c.levels().size() - 1), c.levels().size()), c.carries())
                            : c)
                    .toList()));
        }
        return out.isEmpty() ? List.of(this) : out;
    }

    private static boolean userAsk(Clause c) {
        return c.role() == Clause.Role.ASK && c.source() == Clause.Source.USER;
    }

    public NotePlan plainerUserWords() {
        return new NotePlan(angle, clauses.stream()
                .map(c -> c.source() == Clause.Source.USER && c.levels().size() > 1
                        ? new Clause(c.role(), c.source(), List.of(c.levels().get(c.levels().size() - 1)), c.carries())
                        : c)
                .toList());
    }

    /** The plan with {@code clause} placed before the first clause of any role in {@code before} (or before the close). */
    public NotePlan with(Clause clause, List<Clause.Role> before) {
        return with(clause, c -> before.contains(c.role()));
    }

    /** The plan with {@code clause} before the first clause that {@code before} accepts, or at the end. */
    public NotePlan with(Clause clause, java.util.function.Predicate<Clause> before) {
        List<Clause> out = new ArrayList<>(clauses);
        int at = out.size();
        for (int i = 0; i < out.size(); i++) {
            if (before.test(out.get(i))) {
                at = i;
                break;
            }
        }
        out.add(at, clause);
        return new NotePlan(angle, out);
    }

    public NotePlan replace(Clause old, Clause now) {
        List<Clause> out = new ArrayList<>(clauses);
        int i = out.indexOf(old);
        if (i < 0) {
            return this;
        }
        out.set(i, now);
        return new NotePlan(angle, out);
    }

    /** The plan with the clause moved to right after the greeting. */
    public NotePlan leading(Clause clause) {
        List<Clause> out = new ArrayList<>(clauses);
        if (!out.remove(clause)) {
            return this;
        }
        int at = out.isEmpty() || out.get(0).role() != Clause.Role.GREETING ? 0 : 1;
        out.add(at, clause);
        return new NotePlan(angle, out);
    }
}

package dev.rapport.app;

import dev.rapport.text.BuiltIn;
import dev.rapport.etiquette.Critic;
import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The classroom drill behind `rapport quiz`: notes from a bundled set, graded live by the rule set
 * in force, and the learner's answer (a verdict and the problem in their own words) compared with
 * the critique. No I/O beyond reading the bundled resource; the front end runs the dialogue.
 */
public final class Quiz {
    static final String RESOURCE = "/dev/rapport/app/quiz.yaml";

    public record Item(String note, String answer, List<String> rules) {
        public Item {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    record Bank(Map<String, List<String>> keywords, List<Item> notes) {
    }

    /** One answer marked: a point for the verdict, and one for naming a problem when there is one. */
    public record Mark(boolean verdictRight, boolean problemRight, boolean hasProblem, NoteVerdict expected,
                       List<Finding> problems, Optional<String> named) {
        public int points() {
            return (verdictRight ? 1 : 0) + (problemRight ? 1 : 0);
        }

        public int possible() {
            return hasProblem ? 2 : 1;
        }
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private final Critic critic;
    private final Bank bank;

    public Quiz(Critic critic) {
        this.critic = critic;
        this.bank = load();
    }

    public List<Item> items() {
        return bank.notes();
    }

    /** {@code count} notes in an order fixed by {@code seed}. */
    public List<Item> pick(int count, long seed) {
        List<Item> all = new ArrayList<>(bank.notes());
        Collections.shuffle(all, new Random(seed));
        return List.copyOf(all.subList(0, Math.min(Math.max(count, 1), all.size())));
    }

    public Critique critique(Item item) {
        return critic.critique(item.note(), NoteContext.bare(critic.rules().defaultLimit()));
    }

    /** The verdict a learner typed: s, r, d or the words themselves; empty when it is none of them. */
    public static Optional<NoteVerdict> verdict(String answer) {
        String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (a.matches("(s|send)\\b.*")) {
            return Optional.of(NoteVerdict.SEND);
        }
        if (a.matches("(r|revise)\\b.*")) {
            return Optional.of(NoteVerdict.REVISE);
        }
        if (a.matches("(d|don't send|dont send|do not send|do-not-send|don't)\\b.*")) {
            return Optional.of(NoteVerdict.DO_NOT_SEND);
        }
        return Optional.empty();
    }

    /** What follows the verdict on the same line ("d pitch" names pitch), or blank. */
    public static String rest(String answer) {
        String a = answer == null ? "" : answer.strip();
        String lower = a.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String lead : List.of("do-not-send", "do not send", "don't send", "dont send", "send", "revise", "don't", "s", "r", "d")) {
            if (lower.startsWith(lead) && (lower.length() == lead.length() || !Character.isLetter(lower.charAt(lead.length())))) {
                return a.substring(lead.length()).replaceFirst("^[\\s,:;.-]+", "").strip();
            }
        }
        return "";
    }

    public Mark mark(Critique c, NoteVerdict answered, String problemWords) {
        List<Finding> problems = c.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        Set<String> ids = new LinkedHashSet<>();
        problems.forEach(f -> ids.add(f.rule()));
        Optional<String> named = named(problemWords, ids);
        boolean hasProblem = !ids.isEmpty();
        return new Mark(answered == c.verdict(), hasProblem && named.isPresent(), hasProblem, c.verdict(), problems, named);
    }

    /** The rule among {@code ids} that the learner's words name: its id, or one of its keywords. */
    Optional<String> named(String words, Set<String> ids) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String text = " " + NON_WORD.matcher(words.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip() + " ";
        for (String id : ids) {
            if (text.contains(" " + id + " ") || text.contains(" " + id.replace('-', ' ') + " ")) {
                return Optional.of(id);
            }
        }
        for (String id : ids) {
            for (String k : bank.keywords().getOrDefault(id, List.of())) {
                if (text.contains(" " + k.toLowerCase(Locale.ROOT) + " ")) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    private static Bank load() {
        Bank bank = BuiltIn.read(RESOURCE, Bank.class);
        return new Bank(bank.keywords() == null ? Map.of() : bank.keywords(), List.copyOf(bank.notes()));
    }
}

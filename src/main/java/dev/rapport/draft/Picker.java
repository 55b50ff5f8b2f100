package dev.rapport.draft;

import dev.rapport.text.Words;
import dev.rapport.draft.Clause.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses one phrasing per level. The starting point is a hash of the target's name and the
 * angle, so the same person always gets the same note while different people get different
 * wording. Phrasings with unknown placeholders or avoided words are passed over, and so, while
 * another phrasing is left, are those that repeat an earlier clause: a run of three words, one
 * of our own words ("glad ... glad", "your work ... your work"), or a thing already named
 * ("at DevOpsDays Denver ... after DevOpsDays Denver").
 */
final class Picker {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}']+");

    private static final Pattern SLOT = Pattern.compile("\\{\\w+}");

    private final String target;
    private final String angle;
    private final List<String> avoid;
    private final Set<String> plainWords;
    private final List<String> chosen = new ArrayList<>();
    private final Set<String> chosenWords = new java.util.HashSet<>();
    private final List<String> named = new ArrayList<>();

    /** {@code plainWords}: words so common that saying them twice goes unnoticed ("the", "would"). */
    Picker(String target, String angle, List<String> avoid, Set<String> plainWords) {
        this.target = target == null ? "" : target;
        this.angle = angle;
        this.avoid = avoid;
        this.plainWords = plainWords;
    }

    /** The chosen text of each level that has one, richest first. */
    List<String> levels(Role role, List<List<String>> levels, Map<String, String> values) {
        List<Choice> picked = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            List<String> options = levels.get(i) == null ? List.of() : levels.get(i);
            pick(role, i, options, values).ifPresent(picked::add);
        }
        // A level that could only name again what an earlier clause named gives way to a plainer level that does not.
        if (picked.stream().anyMatch(c -> !c.namesAgain())) {
            picked.removeIf(Choice::namesAgain);
        }
        List<String> out = new ArrayList<>();
        for (Choice choice : picked) {
            out.add(choice.text());
            chosenWords.addAll(ownWords(choice.template()));
            named.addAll(namedIn(choice.template(), values));
        }
        chosen.addAll(out);
        return out;
    }

    /**
     * Text the note already says in the user's own words: a later phrasing that says its words again is passed over
     * while another is left ("I would like to catch up now you're in-house. Would love to catch up soon!").
     */
    void heard(String text) {
        if (text != null && !text.isBlank()) {
            chosen.add(text);
            chosenWords.addAll(ownWords(text));
        }
    }

    private record Choice(String text, String template, boolean namesAgain) {
    }

    private Optional<Choice> pick(Role role, int level, List<String> options, Map<String, String> values) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        int start = Math.floorMod(Text.seed(target, angle, role.name(), Integer.toString(level)), options.size());
        Choice fallback = null;
        for (int k = 0; k < options.size(); k++) {
            String template = options.get((start + k) % options.size());
            Optional<String> filled = Template.fill(template, values);
            if (filled.isEmpty() || avoid.stream().anyMatch(a -> Words.containsWord(filled.get(), a))) {
                continue;
            }
            boolean namesAgain = namedIn(template, values).stream().anyMatch(this::alreadyNamed);
            Choice choice = new Choice(filled.get(), template, namesAgain);
            if (!repeatsEarlierWording(filled.get()) && ownWords(template).stream().noneMatch(chosenWords::contains) && !namesAgain) {
                return Optional.of(choice);
            }
            if (fallback == null) {
                fallback = choice;
            }
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * The words a phrasing itself brings (not the names filled into it), leaving out the plain ones,
     * cut to five letters so that "overlaps" and "overlapped" count as one word.
     */
    private Set<String> ownWords(String template) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : WORDS.split(Text.lower(SLOT.matcher(template).replaceAll(" ")).strip())) {
            if (Text.length(w) >= 3 && !plainWords.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /** The things a phrasing names: the values of its placeholders, except the greeting's name. */
    private static List<String> namedIn(String template, Map<String, String> values) {
        return Template.keys(template).stream().filter(k -> !"first".equals(k))
                .map(values::get).filter(v -> v != null && !v.isBlank()).map(Text::lower).toList();
    }

    private boolean alreadyNamed(String value) {
        return named.stream().anyMatch(n -> n.contains(value) || value.contains(n));
    }

    /** Two clauses that share three words in a row ("I would be glad ... I would be glad") read like a form. */
    private boolean repeatsEarlierWording(String text) {
        Set<String> mine = trigrams(text);
        return chosen.stream().anyMatch(c -> trigrams(c).stream().anyMatch(mine::contains));
    }

    private static Set<String> trigrams(String text) {
        String[] w = WORDS.split(Text.lower(text).strip());
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 2 < w.length; i++) {
            out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
        }
        return out;
    }
}

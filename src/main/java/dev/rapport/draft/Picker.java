package dev.rapport.draft;

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
 * wording. Phrasings with unknown placeholders, avoided words, or a run of words already used
 * in an earlier clause are passed over.
 */
final class Picker {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}']+");

    private final String target;
    private final String angle;
    private final List<String> avoid;
    private final List<String> chosen = new ArrayList<>();

    Picker(String target, String angle, List<String> avoid) {
        this.target = target == null ? "" : target;
        this.angle = angle;
        this.avoid = avoid;
    }

    /** The chosen text of each level that has one, richest first. */
    List<String> levels(Role role, List<List<String>> levels, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            List<String> options = levels.get(i) == null ? List.of() : levels.get(i);
            pick(role, i, options, values).ifPresent(out::add);
        }
        chosen.addAll(out);
        return out;
    }

    private Optional<String> pick(Role role, int level, List<String> options, Map<String, String> values) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        int start = Math.floorMod(Text.seed(target, angle, role.name(), Integer.toString(level)), options.size());
        String fallback = null;
        for (int k = 0; k < options.size(); k++) {
            Optional<String> filled = Template.fill(options.get((start + k) % options.size()), values);
            if (filled.isEmpty() || avoid.stream().anyMatch(a -> Text.containsWord(filled.get(), a))) {
                continue;
            }
            if (!repeatsEarlierWording(filled.get())) {
                return filled;
            }
            if (fallback == null) {
                fallback = filled.get();
            }
        }
        return Optional.ofNullable(fallback);
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

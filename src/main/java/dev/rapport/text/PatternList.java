package dev.rapport.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Patterns tried in turn on one text, each skipped when the text lacks every word it cannot match
 * without ({@link RegexAnchors}). Profiles are scanned sentence by sentence against dozens of cue
 * patterns on every draft; most sentences hold none of their words, and one fold of the sentence
 * tells so.
 */
public final class PatternList {
    private final List<Pattern> patterns;
    private final List<Set<String>> anchors;

    private PatternList(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.anchors = new ArrayList<>(patterns.size());
        for (Pattern p : this.patterns) {
            anchors.add(RegexAnchors.of(p));
        }
    }

    public static PatternList of(Collection<Pattern> patterns) {
        return new PatternList(new ArrayList<>(patterns));
    }

    /** True when some pattern finds a match in the text. */
    public boolean anyFinds(String text) {
        for (Pattern p : mayFind(text)) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The patterns that may match the text, in order: those whose words it holds and those that need none. */
    public List<Pattern> mayFind(String text) {
        String folded = null;
        List<Pattern> out = new ArrayList<>(patterns.size());
        for (int i = 0; i < patterns.size(); i++) {
            Set<String> words = anchors.get(i);
            if (words != null) {
                folded = folded == null ? RegexAnchors.fold(text) : folded;
                if (!RegexAnchors.mayMatch(words, folded)) {
                    continue;
                }
            }
            out.add(patterns.get(i));
        }
        return out;
    }

    public List<Pattern> all() {
        return patterns;
    }
}

package dev.rapport.draft;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the target's own sentence into one addressed to them: "I mentor a few students" becomes
 * "you mentor a few students". Quoting a profile back in quotation marks reads like a machine
 * read it; saying it in our own words reads like a person did.
 */
final class SecondPerson {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
    private static final Pattern ADDRESSED = Pattern.compile("(?i)\\b(?:you|your|yours|you're|you’re)\\b");

    private final Map<String, String> swaps;
    private final Set<String> subjectless;
    private final Map<String, String> afterI;

    /**
     * @param swaps       first-person word to second-person word ("i" to "you", "our" to "your")
     * @param subjectless words a sentence with its "I am" left out starts with ("always glad to…", "happy to…")
     * @param afterI      verbs that change after "I" ("am" to "are", "was" to "were")
     */
    SecondPerson(Map<String, String> swaps, List<String> subjectless, Map<String, String> afterI) {
        this.swaps = Map.copyOf(swaps);
        this.subjectless = Set.copyOf(subjectless);
        this.afterI = Map.copyOf(afterI);
    }

    /** The sentence addressed to its writer, or empty when it cannot be said that way with confidence. */
    Optional<String> of(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty() || ADDRESSED.matcher(s).find()) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String firstWord = Text.lower(m.group().replace('’', '\''));
        String prefix = "";
        if (!swaps.containsKey(firstWord)) {
            if (!subjectless.contains(firstWord)) {
                return Optional.empty();
            }
            prefix = swaps.getOrDefault("i", "you") + " " + afterI.getOrDefault("am", "am") + " ";
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        int at = 0;
        String previous = "";
        while (m.find()) {
            String word = m.group();
            String key = Text.lower(word.replace('’', '\''));
            String swapped = swaps.get(key);
            if (swapped == null && "i".equals(previous)) {
                swapped = afterI.get(key);
            }
            out.append(s, at, m.start()).append(swapped == null ? word : swapped);
            at = m.end();
            previous = key;
        }
        out.append(s.substring(at));
        // The sentence now continues one of ours, so it starts in lower case ("that you mentor…").
        String said = prefix + Text.lower(out.substring(0, 1)) + out.substring(1);
        return Optional.of(said);
    }
}

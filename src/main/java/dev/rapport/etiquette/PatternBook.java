package dev.rapport.etiquette;

import dev.rapport.text.RegexAnchors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the phrase lists and regexes of the rule set into compiled patterns, once per list.
 * Phrases match case-insensitively on word boundaries, any run of spaces matches a space, and a
 * straight apostrophe also matches a typographic one (notes are often typed on phones).
 */
final class PatternBook {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_])";

    private final Map<List<String>, Compiled> phrases = new ConcurrentHashMap<>();
    private final Map<String, Pattern> regexes = new ConcurrentHashMap<>();
    private final Map<String, Optional<Set<String>>> anchors = new ConcurrentHashMap<>();
    private final RuleSet rules;

    /** Patterns are matched on a budget; one that blows it is reported through the rule set's {@link RegexGuard}. */
    PatternBook(RuleSet rules) {
        this.rules = rules;
    }

    /** Patterns a rule finds that the note models have not been trained with yet (see rules.yaml, meeting-ask). */
    static final String UNTRAINED = "untrained-patterns";

    /** Matches of the rule's {@code phrases}, {@code patterns} and {@code untrained-patterns} params, merged. */
    List<Span> find(String text, Rule rule) {
        List<Span> spans = new ArrayList<>(findTrained(text, rule));
        spans.addAll(findPatterns(text, rule.phrases(UNTRAINED)));
        return Span.merge(spans);
    }

    /** What the note models were trained to read as a rule's evidence: its phrases and patterns, not those added since. */
    List<Span> findTrained(String text, Rule rule) {
        List<Span> spans = new ArrayList<>(findPhrases(text, rule.phrases("phrases")));
        spans.addAll(findPatterns(text, rule.phrases("patterns")));
        return Span.merge(spans);
    }

    List<Span> findPhrases(String text, List<String> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Compiled c = compiled(list);
        // every phrase starts with a word the text must hold: most lists are skipped without running the alternation
        if (c.firstWords() != null && !RegexAnchors.mayMatch(c.firstWords(), RegexAnchors.fold(text))) {
            return List.of();
        }
        return all(c.pattern(), text);
    }

    /** A phrase list as one pattern, and the first words of its phrases (null when one has none to test for). */
    private record Compiled(Pattern pattern, Set<String> firstWords) {
    }

    private Compiled compiled(List<String> list) {
        return phrases.computeIfAbsent(List.copyOf(list), l -> new Compiled(compilePhrases(l), firstWords(l)));
    }

    private static Set<String> firstWords(List<String> list) {
        Set<String> out = new java.util.HashSet<>();
        for (String phrase : list) {
            String p = phrase.strip();
            if (p.isEmpty()) {
                continue;
            }
            String first = p.split("\\s+")[0].split("['’]", -1)[0];
            if (first.isEmpty()) {
                return null;
            }
            out.add(RegexAnchors.fold(first));
        }
        return out.isEmpty() ? null : Set.copyOf(out);
    }

    List<Span> findPatterns(String text, List<String> list) {
        List<Span> spans = new ArrayList<>();
        String folded = null;
        for (String regex : list) {
            if (rules.guard().dead(regex)) {
                continue;
            }
            Set<String> words = anchors.computeIfAbsent(regex, r -> Optional.ofNullable(RegexAnchors.of(r))).orElse(null);
            if (words != null) {
                folded = folded == null ? RegexAnchors.fold(text) : folded;
                if (!RegexAnchors.mayMatch(words, folded)) {
                    continue;
                }
            }
            try {
                spans.addAll(all(regexes.computeIfAbsent(regex, r -> Pattern.compile(r, FLAGS)), BudgetedText.of(text)));
            } catch (BudgetedText.Exhausted | StackOverflowError e) {
                rules.guard().blown(regex, rules.ownerOf(regex));
            }
        }
        return spans;
    }

    /** The phrases of {@code list} as one pattern (as {@link #findPhrases} matches them), compiled once per list. */
    Pattern phrasePattern(List<String> list) {
        return compiled(list).pattern();
    }

    boolean containsPhrase(String text, List<String> list) {
        return !findPhrases(text, list).isEmpty();
    }

    private static List<Span> all(Pattern pattern, CharSequence text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        return spans;
    }

    static Pattern compilePhrases(List<String> list) {
        List<String> alternatives = list.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()) // longest phrase wins
                .map(PatternBook::phraseRegex)
                .toList();
        if (alternatives.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(BEFORE + "(?:" + String.join("|", alternatives) + ")" + AFTER, FLAGS);
    }

    private static String phraseRegex(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.split("\\s+")) {
            StringBuilder w = new StringBuilder();
            for (String piece : word.split("['’]", -1)) {
                if (w.length() > 0) {
                    w.append("['’]");
                }
                if (!piece.isEmpty()) {
                    w.append(Pattern.quote(piece));
                }
            }
            words.add(w.toString());
        }
        return String.join("\\s+", words);
    }
}

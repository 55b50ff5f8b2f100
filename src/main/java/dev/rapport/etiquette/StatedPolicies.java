package dev.rapport.etiquette;

import dev.rapport.profile.PolicyClassifier;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.text.RecentMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's stated policy on whom they want to hear from, with the sentence that states it. A sentence
 * states a policy when the profile phrase lists say so or the trained policy classifier's probability
 * reaches the {@code target-policy} rule's {@code classifier-threshold} (rules.yaml; a user rule file can
 * tune it), or one of the rule's patterns for that policy matches ({@code no-pitches-patterns}). Both the verdict and the note critique ask here, so they quote the same sentence.
 */
final class StatedPolicies {
    static final String THRESHOLD = "classifier-threshold";
    /** The rule's own patterns for a policy ("no-pitches-patterns"): wordings the phrase lists and the classifier miss. */
    static final String PATTERNS = "-patterns";
    private static final double DEFAULT_THRESHOLD = 0.5;

    private static final Map<Asked, Optional<String>> RECENT = RecentMap.of(64);

    private final Rule rule;
    private final PatternBook book;

    StatedPolicies(Rule rule, PatternBook book) {
        this.rule = rule;
        this.book = book;
    }

    /**
     * The sentence of theirs that states the policy, quoted; empty when they state none. A policy the
     * profile reader found by its phrases in text that is no sentence of theirs here is still honoured,
     * quoted by the rule's words (or its stock wording).
     */
    Optional<String> statement(Profile them, Preference policy, String wordsParam, String fallback) {
        double threshold = rule.number(THRESHOLD, DEFAULT_THRESHOLD);
        List<String> words = wordsParam == null ? List.of() : rule.phrases(wordsParam);
        return RecentMap.remember(RECENT, new Asked(them, policy, threshold, words, fallback), this::statement);
    }

    private Optional<String> statement(Asked asked) {
        Profile them = asked.them();
        Preference policy = asked.policy();
        double threshold = asked.threshold();
        List<String> patterns = rule.phrases(policy.id() + PATTERNS);
        Optional<String> said = ProfileQuotes.find(them, s -> PolicyClassifier.says(s, policy, threshold)
                || !patterns.isEmpty() && !book.findPatterns(s, patterns).isEmpty());
        if (said.isPresent() || !them.prefers(policy)
                || ProfileQuotes.find(them, s -> PolicyClassifier.phraseSays(s, policy)).isPresent()) {
            return said;
        }
        return Optional.of(ProfileQuotes.find(them, s -> book.containsPhrase(s, asked.words())).orElse(asked.fallback()));
    }

    /** One question about one profile; the verdict and the critique ask each one again for every check of the pair. */
    private record Asked(Profile them, Preference policy, double threshold, List<String> words, String fallback) {
    }
}

package dev.rapport.etiquette;

import dev.rapport.language.Negation;
import dev.rapport.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what the sender offers fits anything the target has said: an offer fits when a
 * distinctive word of it ("SAP", "HTML5") appears in their profile, and it is refused outright
 * when a sentence of theirs pairs that word with a negation ("we have never used SAP").
 */
record OfferFit(boolean fits, Optional<String> denial) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.+#-][\\p{L}\\p{N}]+)*[+#]*");

    static OfferFit assess(List<String> offers, Profile them, Rule rule, PatternBook book) {
        return assess(offers, them, rule, book, List.of());
    }

    /**
     * The same, with sentences of theirs that a model reads as negative facts: such a sentence naming a
     * distinctive word of the offer refuses it too, though no negation word of the rule's list is in it.
     */
    static OfferFit assess(List<String> offers, Profile them, Rule rule, PatternBook book, List<String> negatives) {
        Set<String> stopwords = NoteReading.lower(rule.phrases("stopwords"));
        List<String> negations = rule.phrases("negations");
        List<String> sentences = ProfileQuotes.sentences(them);
        String everything = them.searchableText();
        boolean anyFits = false;
        for (String offer : offers) {
            List<String> keywords = keywords(offer, stopwords);
            if (keywords.isEmpty()) {
                anyFits = true; // nothing distinctive to test, so no grounds to call it irrelevant
                continue;
            }
            Optional<String> denied = sentences.stream()
                    .filter(s -> book.containsPhrase(s, keywords)
                            && (book.containsPhrase(s, negations) || negated(s, keywords)))
                    .findFirst()
                    .or(() -> negatives.stream().filter(s -> book.containsPhrase(s, keywords)).findFirst());
            if (denied.isPresent()) {
                return new OfferFit(false, denied.map(ProfileQuotes::quote));
            }
            anyFits |= book.containsPhrase(everything, keywords);
        }
        return new OfferFit(anyFits, Optional.empty());
    }

    /** A keyword of the offer stands under negation in the sentence ("SAP is not something we use"). */
    private static boolean negated(String sentence, List<String> keywords) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String k : keywords) {
            int at = lower.indexOf(k.toLowerCase(Locale.ROOT));
            if (at >= 0 && Negation.isNegatedAt(sentence, at)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> keywords(String offer, Set<String> stopwords) {
        Matcher m = WORD.matcher(offer);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 2 && !stopwords.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }
}

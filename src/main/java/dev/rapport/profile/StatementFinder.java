package dev.rapport.profile;

import dev.rapport.language.Language;
import dev.rapport.text.PatternList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a person says about whom they want to hear from ({@link Preference}) and the sentences in
 * which they say what they want, need or do not want. The phrase lists live in phrases.yaml.
 */
final class StatementFinder {
    private static final int MAX_STATEMENT = 400;
    private static final Map<Preference, PatternList> PREFERENCES = preferencePatterns();
    private static final PatternList CUES = PatternList.of(Phrases.WISHES.statementCues().stream().map(Phrases::phrasePattern).toList());
    private static final PatternList EVERY_PREFERENCE = PatternList.of(PREFERENCES.values().stream().flatMap(l -> l.all().stream()).toList());
    private static final Pattern NEGATION = negationPattern();

    private StatementFinder() {
    }

    static Set<Preference> preferences(List<String> texts) {
        Set<Preference> found = EnumSet.noneOf(Preference.class);
        for (String text : texts) {
            for (Map.Entry<Preference, PatternList> e : PREFERENCES.entrySet()) {
                if (e.getValue().mayFind(text).stream().anyMatch(p -> affirmed(p, text))) {
                    found.add(e.getKey());
                }
            }
        }
        return found;
    }

    /** True when one of the preference's phrases occurs in the text outside a negation or a past habit. */
    static boolean phraseSays(String text, Preference preference) {
        PatternList phrases = PREFERENCES.get(preference);
        return phrases != null && phrases.mayFind(text).stream().anyMatch(p -> affirmed(p, text));
    }

    static List<String> statements(List<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            for (String sentence : sentences(text)) {
                if (isStatement(sentence)) {
                    found.add(sentence.length() > MAX_STATEMENT ? sentence.substring(0, MAX_STATEMENT).strip() + "…" : sentence);
                }
            }
        }
        return new ArrayList<>(found);
    }

    static boolean isStatement(String sentence) {
        return CUES.anyFinds(sentence) || EVERY_PREFERENCE.anyFinds(sentence);
    }

    /** Sentences of each line, as the language layer cuts them. */
    static List<String> sentences(String text) {
        return new ArrayList<>(Language.english().sentenceTexts(text));
    }

    /** A phrase counts unless a negation comes just before it ("I'm not looking for a new role"). */
    private static boolean affirmed(Pattern phrase, String text) {
        Matcher m = phrase.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            String before = text.substring(from, m.start());
            int sentenceStart = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')), before.lastIndexOf('?'));
            before = before.substring(sentenceStart + 1);
            if (!NEGATION.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** A negation followed by at most three words and then the end of the text before a phrase. */
    private static Pattern negationPattern() {
        List<String> words = Phrases.WISHES.negations().stream()
                .map(n -> (n.startsWith("n'") ? "" : "(?<!\\p{L})") + Pattern.quote(n).replace("'", "\\E['’]\\Q"))
                .toList();
        return Pattern.compile("(?:" + String.join("|", words) + ")(?!\\p{L})[^\\p{L}]*(?:\\p{L}+[^\\p{L}]+){0,3}$",
                Pattern.CASE_INSENSITIVE);
    }

    private static Map<Preference, PatternList> preferencePatterns() {
        Map<Preference, PatternList> map = new EnumMap<>(Preference.class);
        Phrases.WISHES.preferences().forEach((id, phrases) -> {
            Preference preference = java.util.Arrays.stream(Preference.values()).filter(p -> p.id().equals(id))
                    .findFirst().orElseThrow(() -> new IllegalStateException("phrases.yaml: unknown preference " + id));
            map.put(preference, PatternList.of(phrases.stream().map(Phrases::phrasePattern).toList()));
        });
        return map;
    }
}

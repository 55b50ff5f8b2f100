package dev.rapport.etiquette;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A note mostly about the sender, measured by first- against second-person words. */
final class MeCentricCheck implements NoteCheck {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        Set<String> singular = NoteReading.lower(rule.phrases("first-person"));
        Set<String> plural = NoteReading.lower(rule.phrases("first-person-plural"));
        Set<String> second = NoteReading.lower(rule.phrases("second-person"));
        double pluralWeight = rule.number("plural-weight", 0.5);
        int firstCount = 0;
        double first = 0;
        double you = 0;
        Matcher m = WORD.matcher(note.note);
        while (m.find()) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if (singular.contains(w)) {
                first += 1;
                firstCount++;
            } else if (plural.contains(w)) {
                first += pluralWeight;
                firstCount++;
            } else if (second.contains(w)) {
                you += 1;
            }
        }
        double share = first + you == 0 ? 0 : first / (first + you);
        if (first < rule.number("min-first-person", 6) || share <= rule.number("max-share", 0.8)) {
            return List.of();
        }
        return List.of(note.finding(rule, rule.severity(), note.whole(), "message", "fix",
                Map.of("count", Integer.toString(firstCount), "share", Long.toString(Math.round(share * 100)))));
    }
}

package dev.rapport.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skill names as they read inside a sentence. LinkedIn lists skills in title case ("Site
 * Reliability Engineering"), but mid-sentence a field is lower case ("site reliability
 * engineering") while a product or an acronym keeps its capitals ("Apache Kafka", "SQL").
 * A skill is lowered only when every word is a common word we know; anything else might be a
 * name and is left as written.
 */
final class SkillNames {
    // "A, B and C": the separators the ground finder joins topics with.
    private static final Pattern SEPARATOR = Pattern.compile(", | and ");

    private final Set<String> common;
    private final Set<String> vague;

    /**
     * @param common words that are never names when they stand in a skill ("payments", "management")
     * @param vague  words too general to tell the reader what the note is about; a skill made only
     *               of these keeps its capitals, so the note still visibly names something
     */
    SkillNames(Set<String> common, Set<String> vague) {
        this.common = common;
        this.vague = vague;
    }

    String inSentence(String topics) {
        StringBuilder out = new StringBuilder();
        Matcher m = SEPARATOR.matcher(topics);
        int at = 0;
        while (m.find()) {
            out.append(skill(topics.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        return out.append(skill(topics.substring(at))).toString();
    }

    private String skill(String skill) {
        String[] words = skill.split(" ");
        List<String> lowered = new ArrayList<>();
        boolean distinct = false;
        for (String w : words) {
            if (isAcronym(w)) {
                lowered.add(w);
                distinct = true;
            } else if (isCommon(w)) {
                String l = Text.lower(w);
                lowered.add(l);
                distinct |= Text.length(l) >= 4 && !vague.contains(l);
            } else {
                return skill;
            }
        }
        return distinct ? String.join(" ", lowered) : skill;
    }

    private boolean isCommon(String word) {
        String w = Text.lower(word);
        if (w.isEmpty()) {
            return false;
        }
        for (String part : w.split("[-/&]")) {
            if (!part.isEmpty() && !common.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** "SQL", "AWS", "UX", and names with capitals inside ("PostgreSQL", "iOS") keep their case. */
    private static boolean isAcronym(String word) {
        long upper = word.codePoints().filter(Character::isUpperCase).count();
        boolean inner = word.length() > 1 && word.substring(1).codePoints().anyMatch(Character::isUpperCase);
        return upper >= 2 || inner;
    }
}

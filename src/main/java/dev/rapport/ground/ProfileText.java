package dev.rapport.ground;


import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.language.Language;
import dev.rapport.language.Negation;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import dev.rapport.text.PatternList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the ground finder reads profile text: content words, phrase mentions, stated needs, cities,
 * and the sentences that try to give orders (which are data, never evidence). Lists in text.yaml.
 */
final class ProfileText {

    record Words(Set<String> stopwords,
                 @JsonProperty("generic-skills") Set<String> genericSkills,
                 List<String> instructions,
                 List<String> needs,
                 @JsonProperty("not-needs") List<String> notNeeds,
                 @JsonProperty("city-noise") List<String> cityNoise,
                 @JsonProperty("open-to-help") List<String> openToHelp) {
    }

    private static final Words WORDS = Resources.yaml("text.yaml", Words.class);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final PatternList INSTRUCTIONS = PatternList.of(compile(WORDS.instructions()));
    private static final List<Pattern> NEEDS = compile(WORDS.needs());
    private static final List<Pattern> NOT_NEEDS = compile(WORDS.notNeeds());
    private static final List<Pattern> CITY_NOISE = compile(WORDS.cityNoise());
    private static final List<Pattern> OPEN_TO_HELP = compile(WORDS.openToHelp());
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s+[-–—]\\s+|[;:!?]|\\.(?:\\s|$)");

    private ProfileText() {
    }

    /** True for text that addresses the reader with orders ("ignore previous instructions..."). */
    static boolean isInstruction(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String flat = SPACES.matcher(text).replaceAll(" ");
        return INSTRUCTIONS.anyFinds(flat);
    }

    static List<String> sentences(String text) {
        return Language.english().sentenceTexts(text);
    }

    /** Removes the sentences that give orders, keeping the rest of a free-text field. */
    static String withoutInstructions(String text) {
        if (!isInstruction(text)) {
            return text;
        }
        return String.join(" ", sentences(text).stream().filter(s -> !isInstruction(s)).toList());
    }

    /** Content words, folded and lightly stemmed, so "audits" meets "audit" and "On-call" meets "on call". */
    static Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Folding.fold(text).split(" ")) {
            if (!w.isEmpty() && !WORDS.stopwords().contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** True when {@code phrase} occurs in {@code text} as whole words, after folding. */
    static boolean mentions(String text, String phrase) {
        String p = Folding.fold(phrase);
        if (p.isEmpty()) {
            return false;
        }
        return (" " + Folding.fold(text) + " ").contains(" " + p + " ");
    }

    /**
     * True when some sentence of the text mentions the phrase outside a negation: "we have never used
     * SAP" mentions SAP only as something they do not use, which is no common ground.
     */
    static boolean affirms(String text, String phrase) {
        String first = Folding.fold(phrase).split(" ")[0];
        for (Sentence sentence : Language.english().sentences(text)) {
            if (!mentions(sentence.text(), phrase)) {
                continue;
            }
            List<Token> words = sentence.words();
            boolean negatedEverywhere = true;
            boolean seen = false;
            for (int i = 0; i < words.size(); i++) {
                if (Folding.fold(words.get(i).text()).equals(first)) {
                    seen = true;
                    negatedEverywhere &= Negation.isNegated(sentence, i);
                }
            }
            if (!seen || !negatedEverywhere) {
                return true;
            }
        }
        return false;
    }

    static boolean isGenericSkill(String skill) {
        return WORDS.genericSkills().contains(Folding.fold(skill));
    }

    /** What a sentence says the person is looking for, or empty when it states no need (or refuses one). */
    static Optional<String> need(String sentence) {
        return firstCue(sentence, NEEDS)
                .map(m -> m.group("need").strip().replaceAll("[.!?\\s]+$", ""))
                .filter(need -> !need.isEmpty());
    }

    /**
     * The clause in which a person offers their time ("always glad to talk with analysts who...",
     * "I mentor a few students every year"), from the cue to the end of the clause; empty when none.
     */
    static Optional<String> offerOfHelp(String sentence) {
        return firstCue(sentence, OPEN_TO_HELP)
                .map(m -> CLAUSE_END.split(sentence.substring(m.start()), 2)[0].strip())
                .filter(clause -> !clause.isEmpty());
    }

    /**
     * The match of the first of {@code cues} the sentence holds; empty when none does, or when a refusal stands before
     * it ("not looking for …"), whatever a later cue would find.
     */
    private static Optional<Matcher> firstCue(String sentence, List<Pattern> cues) {
        for (Pattern p : cues) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                String before = sentence.substring(0, m.start());
                return NOT_NEEDS.stream().anyMatch(n -> n.matcher(before).find()) ? Optional.empty() : Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The city a location names, as written ("Greater Denver Area" -> "Denver"); blank when unknown. */
    static String city(String location) {
        if (location == null || location.isBlank()) {
            return "";
        }
        String first = location.split("[,·|]")[0];
        for (Pattern noise : CITY_NOISE) {
            first = noise.matcher(first).replaceAll(" ");
        }
        return SPACES.matcher(first).replaceAll(" ").strip();
    }

    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static List<Pattern> compile(List<String> regexes) {
        List<Pattern> out = new ArrayList<>();
        regexes.forEach(r -> out.add(Pattern.compile(r, FLAGS)));
        return List.copyOf(out);
    }
}

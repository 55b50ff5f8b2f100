package dev.rapport.language;

import dev.rapport.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pair's own names where the user typed them in lower case: "lindqvist supervised my thesis" reads
 * as a statement about Lindqvist only once "lindqvist" is written as the name it is. A name that is
 * also an everyday English word ("will", "grace", "rose") is left as typed.
 */
public final class TypedNames {
    /** First names and surnames that are also everyday English words: in lower case they are the word. */
    public static final Set<String> EVERYDAY = Set.of("mark", "rose", "grace", "hope", "will", "bill", "frank", "dawn", "faith",
            "chase", "june", "april", "summer", "amber", "rich", "grant", "hunter", "taylor", "carter", "cook", "baker", "young",
            "king", "love", "page", "bell", "lane", "hill", "wood", "stone", "green", "brown", "white", "black", "gray", "grey",
            "long", "rice", "price", "case", "miles", "wells", "banks", "fields", "sage", "river", "robin", "penny", "holly",
            "ivy", "joy", "pearl", "ruby", "crystal", "sky", "rain", "jack", "nick", "sterling", "noble", "major", "marshal",
            "reed", "ward", "walker", "fisher", "hall", "moore", "lord", "best", "good", "west", "north", "south", "east", "day",
            "said", "else", "amid", "upon",
            // three letters: names as short as "tom" and "ann" are spelled ("tom did our monitor switchover" was no statement
            // about Tom), but not these words
            "may", "jan", "sue", "pat", "don", "art", "bob", "guy", "eve", "ray", "rob", "kit", "van", "dee", "gus", "sol", "sly",
            "max", "ace", "the", "and", "for", "our", "you", "are", "was", "can", "all", "her", "his", "one");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** An acronym ("ECCMID", "SAP") or a word with a capital inside ("KubeCon", "DevOpsDays"): never an everyday word. */
    private static final Pattern COINED = Pattern.compile("\\b(?:\\p{Lu}{3,}|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*)\\b");
    /** Short words that shouting headlines write in capitals ("NEW: our report"). */
    private static final Set<String> SHOUTED = Set.of("the", "and", "for", "new", "our", "you", "not", "all", "now", "top",
            "key", "why", "how", "who", "what", "free", "hot", "big", "best", "one", "two", "yes", "wow", "join", "open", "live",
            // and the words a post stresses in running text ("sort it out BEFORE you book the inspection")
            "before", "after", "until", "never", "only", "always", "must", "with", "without", "first", "every", "any", "this",
            "that", "your", "please", "here", "don't");
    private static final int SHORTEST = 3;

    private TypedNames() {
    }

    /** The text with each lower-case word that is one of {@code names}' words (folded alike) spelled as the name is. */
    public static String capitalised(String text, List<String> names) {
        if (text == null || text.isEmpty() || names.isEmpty()) {
            return text == null ? "" : text;
        }
        Map<String, String> spelled = new HashMap<>();
        List<String> everyday = new java.util.ArrayList<>();
        for (String name : names) {
            Matcher m = WORD.matcher(name == null ? "" : name);
            while (m.find()) {
                String w = m.group();
                String folded = Words.fold(w);
                if (w.length() >= SHORTEST && Character.isUpperCase(w.codePointAt(0)) && !EVERYDAY.contains(folded)) {
                    spelled.putIfAbsent(folded, w);
                } else if (w.length() >= SHORTEST && Character.isUpperCase(w.codePointAt(0))) {
                    everyday.add(w);
                }
            }
        }
        String out = spelled.isEmpty() ? text
                : respelled(text, w -> w.equals(w.toLowerCase(java.util.Locale.ROOT)) ? spelled.get(Words.fold(w)) : null);
        // "worked under will on the hinds farm": a name that is also an everyday word is the name after a preposition or a
        // verb of meeting, where the everyday word cannot stand (a new user's note said "under will")
        for (String w : everyday) {
            out = Pattern.compile("(?<![\\p{L}])((?:under|with|for|from|met|meet|thank|congratulate|congrats|told|asked|tell|ask)\\s+)"
                    + Pattern.quote(w.toLowerCase(java.util.Locale.ROOT)) + "(?![\\p{L}])").matcher(out)
                    .replaceAll(mr -> Matcher.quoteReplacement(mr.group(1) + w));
            // "worked w mark's team": with an "'s" of its own the word is someone's name
            out = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w.toLowerCase(java.util.Locale.ROOT)) + "(?=['’]s\\b)").matcher(out)
                    .replaceAll(Matcher.quoteReplacement(w));
        }
        return out;
    }

    /**
     * "saw he won share farmer of the year": a name of two words or more that a profile writes in capitals ("Share Farmer of
     * the Year", "Women in Construction"), typed in lower case, is spelled as the profile spells it (a new user's note kept
     * it lower case).
     */
    /** The phrase and its openings of two or more words that end on a capitalised word, longest first. */
    private static List<String> withOpenings(String phrase) {
        String[] words = phrase.split("\\s+");
        List<String> out = new java.util.ArrayList<>();
        for (int n = words.length; n >= 2; n--) {
            if (Character.isUpperCase(words[n - 1].codePointAt(0))) {
                out.add(String.join(" ", java.util.Arrays.copyOf(words, n)));
            }
        }
        return out;
    }

    public static String phrasesAsProfiles(String text, List<String> profileTexts) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String out = text;
        Set<String> seen = new java.util.HashSet<>();
        for (String profile : profileTexts) {
            Matcher m = TITLE_PHRASE.matcher(profile == null ? "" : profile);
            while (m.find()) {
                // the whole name, then its opening words ("fort peck" for the page's "Fort Peck Reservation", a new user's note kept it
                // in lower case)
                for (String phrase : withOpenings(m.group())) {
                    String lower = phrase.toLowerCase(java.util.Locale.ROOT);
                    // (a phrase the text does not hold as typed in lower case needs no pattern compiled: the check runs per draft)
                    if (!seen.add(lower) || !out.contains(lower)) {
                        continue;
                    }
                    out = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])").matcher(out)
                            .replaceAll(Matcher.quoteReplacement(phrase));
                }
            }
        }
        return out;
    }

    // two to six capitalised words, "of", "the", "and", "in" or "for" between them ("Share Farmer of the Year")
    private static final Pattern TITLE_PHRASE = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}\\p{Ll}{2,}(?:\\s+(?:(?:of|the|and|in|for|on|at)\\s+){0,2}\\p{Lu}\\p{Ll}{2,}){1,5}(?![\\p{L}])");

    /**
     * "at lincoln county hospital", "from kisumu girls high school": a place of work or study typed in lower case, right
     * after "at", "from" or "in" with no article, is its name ("Lincoln County Hospital"; a new user's note kept it lower case).
     */
    public static String institutionsNamed(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        Matcher m = LOWER_INSTITUTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String named = java.util.Arrays.stream(m.group(2).split(" "))
                    .map(w -> LOWER_JOINS.contains(w) ? w : Words.capitalise(w)).collect(java.util.stream.Collectors.joining(" "));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + named));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Set<String> LOWER_JOINS = Set.of("of", "and", "for", "the");
    private static final Pattern LOWER_INSTITUTION = Pattern.compile(
            "(\\b(?:at|from|in) )((?!(?:the|a|an|our|my|his|her|their|your|this|that|local|a local)\\b)\\p{Ll}[\\p{Ll}'’-]+(?: (?:of |and )?\\p{Ll}[\\p{Ll}'’-]+){0,3}"
            + " (?:hospital|university|college|polytechnic|medical cent(?:er|re)|health cent(?:er|re)|clinic|high school|primary school|secondary school|academy|institute))\\b");

    /**
     * The text with each lower-case word that the profiles only ever write as an acronym or a coined name
     * ("eccmid" when a profile says "ECCMID 2026", "kubecon" for "KubeCon") spelled as they write it.
     * Lines written wholly in capitals are shouting, not spelling, and are not read.
     */
    public static String spelledAsProfiles(String text, List<String> profileTexts) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        Map<String, String> spelled = new HashMap<>();
        Set<String> lower = new java.util.HashSet<>();
        for (String profile : profileTexts) {
            for (String line : (profile == null ? "" : profile).split("\\R")) {
                if (line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                Matcher m = COINED.matcher(line);
                while (m.find()) {
                    String folded = m.group().toLowerCase(java.util.Locale.ROOT);
                    if (!SHOUTED.contains(folded) && !EVERYDAY.contains(folded)) {
                        spelled.putIfAbsent(folded, m.group());
                    }
                }
                Matcher w = WORD.matcher(line);
                while (w.find()) {
                    if (w.group().equals(w.group().toLowerCase(java.util.Locale.ROOT))) {
                        lower.add(w.group());
                    }
                }
            }
        }
        spelled.keySet().removeAll(lower);
        return spelled.isEmpty() ? text : respelled(text, spelled::get);
    }

    /** The text with each word that {@code spelling} gives a spelling for (null: none) written so. */
    private static String respelled(String text, java.util.function.UnaryOperator<String> spelling) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String as = spelling.apply(w);
            m.appendReplacement(out, Matcher.quoteReplacement(as == null ? w : as));
        }
        m.appendTail(out);
        return out.toString();
    }
}

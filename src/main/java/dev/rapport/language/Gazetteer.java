package dev.rapport.language;

import dev.rapport.text.Words;
import dev.rapport.text.RecentMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pair's own proper nouns, spelled as the pair's texts spell them: "Harvest Table", "Namma Hack",
 * "Paweł". Keys are the words folded (lower case, accents removed) and joined by one space, so that
 * "harvest table" and "Pawel" find their spelling.
 *
 * <p>Names given whole (a person, an employer, a school) are taken as they are; from running text, a
 * run of capitalised words counts when it does not start a sentence (a line's first word is
 * capitalised anyway) and when not every one of its words is also written in lower case in the texts
 * ("Customer Success" in a title, when "customer" and "success" appear as everyday words).
 */
public record Gazetteer(Map<String, String> spellings, int longest, Set<String> everyday, Set<String> typedOnly) {
    private static final Map<String, Gazetteer> MEMO = RecentMap.of(256);

    public Gazetteer {
        spellings = Map.copyOf(spellings);
        everyday = Set.copyOf(everyday);
        typedOnly = Set.copyOf(typedOnly);
    }

    /** No proper nouns known. */
    public static Gazetteer empty() {
        return new Gazetteer(Map.of(), 0, Set.of(), Set.of());
    }

    /**
     * The proper nouns of {@code names} (whole names: people, organisations, schools, places) and of
     * the capitalised runs in {@code texts} (profiles' running text, the user's reason).
     */
    public static Gazetteer of(List<String> names, List<String> texts) {
        return of(names, texts, "");
    }

    /**
     * As {@link #of(List, List)}, with the text about to be corrected ({@code typed}, the user's
     * reason): its capitalised runs count, but its lower-case words do not make a name an everyday
     * word (it is the very "harvest table" to be spelled "Harvest Table").
     */
    public static Gazetteer of(List<String> names, List<String> texts, String typed) {
        String key = String.join("\u0001", names) + "\u0002" + String.join("\u0001", texts) + "\u0002" + typed;
        return RecentMap.remember(MEMO, key, k -> build(names, texts, typed));
    }

    private static Gazetteer build(List<String> names, List<String> texts, String typed) {
        Set<String> lowerWords = new HashSet<>();
        List<List<Token>> runs = new ArrayList<>();
        List<List<Token>> typedRuns = new ArrayList<>();
        List<String> all = new ArrayList<>(texts);
        all.add(typed == null ? "" : typed);
        for (int n = 0; n < all.size(); n++) {
            String text = all.get(n);
            boolean own = n == all.size() - 1;
            for (Sentence s : Language.english().sentences(text)) {
                List<Token> words = s.tokens();
                List<Token> run = new ArrayList<>();
                // the sentence's first word is capitalised anyway, also after a bullet or an emoji
                boolean started = false;
                for (int i = 0; i <= words.size(); i++) {
                    Token t = i < words.size() ? words.get(i) : null;
                    if (t != null && !own && !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
                        lowerWords.add(Words.fold(t.text()));
                    }
                    boolean first = !started;
                    started |= t != null && t.text().codePoints().anyMatch(Character::isLetterOrDigit);
                    // ("XYZ Hospital": an acronym belongs to the name it starts)
                    if (t != null && (capitalised(t.text()) || Words.isAcronym(t.text()) && t.text().length() <= 6) && !first) {
                        run.add(t);
                        continue;
                    }
                    // "preceptor for Year 4 students": one capitalised word before a number is a name with its number
                    // ("Year 4", "Part 1"), not on its own ("our final year project")
                    if (run.size() == 1 && t != null && !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))) {
                        run.add(t);
                    }
                    if (!run.isEmpty()) {
                        if (own) {
                            typedRuns.add(run);
                        }
                        runs.add(run);
                        run = new ArrayList<>();
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        int longest = 0;
        for (List<Token> run : runs) {
            boolean everyday = run.stream().allMatch(t -> lowerWords.contains(Words.fold(t.text())))
                    // one capitalised word the tagger does not read as a name ("Lead" in "our Lead said")
                    || (run.size() == 1 || run.size() == 2 && Character.isDigit(run.get(1).text().charAt(0))) && !run.get(0).is("PROPN")
                    // a generic word of names on its own ("Hospital", "University") names nothing
                    || run.size() == 1 && GENERIC_NAME_WORDS.contains(Words.fold(run.get(0).text()));
            if (!everyday) {
                longest = Math.max(longest, add(out, run.stream().map(Token::text).toList()));
            }
        }
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            List<String> words = Language.english().tokens(name).stream().map(Token::text).toList();
            // A one-word name that is also an everyday word in the texts ("Square", "Target") is left alone.
            if (words.size() == 1 && lowerWords.contains(Words.fold(words.get(0)))) {
                continue;
            }
            longest = Math.max(longest, add(out, words));
        }
        // (the names only the user's own text gives, which a spelling of the profiles' may correct)
        Map<String, String> others = new HashMap<>();
        for (List<Token> run : runs) {
            if (!typedRuns.contains(run)) {
                add(others, run.stream().map(Token::text).toList());
            }
        }
        names.stream().filter(n -> n != null && !n.isBlank())
                .forEach(n -> add(others, Language.english().tokens(n).stream().map(Token::text).toList()));
        Set<String> typedOnly = new HashSet<>(out.keySet());
        typedOnly.removeAll(others.keySet());
        return new Gazetteer(out, longest, lowerWords, typedOnly);
    }

    private static int add(Map<String, String> out, List<String> words) {
        if (words.isEmpty() || words.stream().noneMatch(Gazetteer::capitalised)) {
            return 0;
        }
        out.putIfAbsent(key(words), String.join(" ", words));
        return words.size();
    }

    /**
     * The whole name that the words, typed in lower case, begin: "baltic silicon" for "Baltic Silicon Labs" (the user's
     * short form of the employer), without a legal form at its end ("s.r.o.", "GmbH"). Null when no name of more words
     * begins with them, or more than one does.
     */
    public String fullName(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        String prefix = key(words) + " ";
        List<String> longer = spellings.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).distinct().toList();
        // (a name with brackets or figures in it is the profile's label, not what one calls the firm: "… Programme (LGED)")
        if (longer.size() != 1 || !longer.get(0).matches("[\\p{L}'’&. -]+")) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>(List.of(longer.get(0).split("\\s+")));
        while (parts.size() > words.size() && LEGAL_FORM.matcher(parts.get(parts.size() - 1)).matches()) {
            parts.remove(parts.size() - 1);
        }
        return String.join(" ", parts);
    }

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?i)(?:.*\\..*|gmbh|ltd|inc|llc|plc|ag|sa|pty|limited|corp|co|bv|nv|oy|ab|as|srl|spa|kft|sro|sas)");

    /**
     * The pair's name that the words, typed as a name, spell in another language or form: "Impulsa Educação" for the
     * profiles' "Impulsa Educación" (a reviewer counted the user's spelling a factual error). Every word but one is the
     * name's own; that one begins with the same five letters and differs by at most two in length. Null otherwise, or
     * when more than one name would do.
     */
    public String nearSpelling(List<String> words) {
        if (words.size() < 2 || words.stream().anyMatch(w -> !capitalised(w)) || spellings.containsKey(key(words)) && !typedOnly.contains(key(words))) {
            return null;
        }
        List<String> typed = words.stream().map(Words::fold).toList();
        List<String> found = spellings.entrySet().stream().filter(e -> !typedOnly.contains(e.getKey())).map(Map.Entry::getValue).distinct().filter(name -> {
            String[] parts = name.split("\\s+");
            if (parts.length != typed.size()) {
                return false;
            }
            int differ = 0;
            for (int i = 0; i < parts.length; i++) {
                String a = Words.fold(parts[i]);
                String b = typed.get(i);
                if (a.equals(b)) {
                    continue;
                }
                // (a word of another language's spelling, with its accents: not a plural, a possessive or "Lankan" for "Lanka's")
                boolean accented = !parts[i].matches("[\\p{ASCII}]+") || !words.get(i).matches("[\\p{ASCII}]+");
                boolean near = accented && a.length() >= 6 && b.length() >= 6 && a.regionMatches(0, b, 0, 5)
                        && Math.abs(a.length() - b.length()) <= 2 && !a.startsWith(b) && !b.startsWith(a)
                        && a.chars().allMatch(Character::isLetter) && b.chars().allMatch(Character::isLetter);
                if (!near || ++differ > 1) {
                    return false;
                }
            }
            return differ == 1;
        }).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The spelling of the words as one proper noun, or null when the pair's texts do not name it. */
    public String spelling(List<String> words) {
        return spellings.get(key(words));
    }

    /**
     * True when the word is a distinctive word of one of the names ("delft" of "Delft University of
     * Technology"): not a short word and not one of the generic words names share ("university", "of").
     */
    public boolean namesWord(String word) {
        return wordSpelling(word).isPresent();
    }

    /**
     * The first word of a name of several words, when {@code word} is it and the texts never use it as an
     * everyday word: "twiga" for "Twiga Insights" (the user's short form of the employer). Null otherwise.
     */
    public String shortForm(String word) {
        String w = Words.fold(word);
        if (w.length() < 4 || GENERIC_NAME_WORDS.contains(w) || everyday.contains(w)) {
            return null;
        }
        for (String name : spellings.values()) {
            String[] parts = name.split("\\s+");
            if (parts.length > 1 && Words.fold(parts[0]).equals(w)) {
                return parts[0];
            }
        }
        return null;
    }

    /** The spelling of a distinctive word of one of the names ("Delft" for "delft"), as {@link #namesWord} finds it. */
    public java.util.Optional<String> wordSpelling(String word) {
        String w = Words.fold(word);
        if (w.length() < 3 || GENERIC_NAME_WORDS.contains(w)) {
            return java.util.Optional.empty();
        }
        for (String name : spellings.values()) {
            for (String part : name.split("\\s+")) {
                if (Words.fold(part).equals(w)) {
                    return java.util.Optional.of(part);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static final Set<String> GENERIC_NAME_WORDS = Set.of("the", "and", "university", "college", "school", "institute",
            "technology", "academy", "company", "group", "limited", "ltd", "inc", "club", "association", "society", "centre",
            "center", "hospital", "bank", "foundation", "services", "international",
            // the head words of public bodies: "City" of "the City of San Marcos" is no name on its own ("city purchasing")
            "city", "county", "state", "town", "district", "department", "council", "office", "agency",
            "authority", "province", "region", "national", "federal", "museum", "library", "trust", "fund", "port");

    static String key(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.length() == 0 ? "" : " ").append(Words.fold(w));
        }
        return b.toString();
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && word.codePoints().anyMatch(Character::isLowerCase);
    }

}

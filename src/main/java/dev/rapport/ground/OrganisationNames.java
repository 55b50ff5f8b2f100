package dev.rapport.ground;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether two spellings name the same organisation or school. The rules, in order:
 * <ol>
 *   <li>Drop a word a copied page adds after the name ("University of Michigan logo").</li>
 *   <li>Split the name into parts at " - ", dashes, brackets, commas and bars:
 *       "Northwestern University - Kellogg School of Management" has two parts.</li>
 *   <li>Fold each part (accents, case, punctuation; "&amp;" = "and"), drop connector words
 *       ("the", "of") and legal suffixes at its end ("Inc", "LLC", "GmbH"). Parts left empty go.</li>
 *   <li>In a part that names an institution type (university, college, school...), set the type
 *       aside and drop discipline words: "Kellogg School of Management" is {kellogg} + school.</li>
 *   <li>Two parts agree when their remaining words are equal, in order, and their types are
 *       compatible: the same, one missing, or one being only "school".</li>
 *   <li>Two names match when all their words are equal; or when one has a single part that agrees
 *       with some part of the other; or when every part of the shorter agrees with a part of the
 *       longer; or when one is an upper-case acronym (3-6 letters) of the other's words.</li>
 * </ol>
 * Words are compared whole, never as prefixes, so "University of Denver" does not match
 * "Denver Health" and "University of Colorado" does not match "University of Colorado Boulder".
 */
public final class OrganisationNames {

    record Rules(@JsonProperty("legal-suffixes") Set<String> legalSuffixes,
                 @JsonProperty("page-suffixes") Set<String> pageSuffixes,
                 Set<String> connectors,
                 @JsonProperty("institution-types") Map<String, List<String>> institutionTypes,
                 @JsonProperty("field-words") Set<String> fieldWords,
                 @JsonProperty("acronym-skips") Set<String> acronymSkips,
                 @JsonProperty("not-organisations") Set<String> notOrganisations) {
    }

    /** One part of a name: the words that identify it and the kinds of institution it names. */
    record Part(List<String> words, Set<String> types) {
        boolean agrees(Part other) {
            return words.equals(other.words) && compatible(types, other.types);
        }

        private static boolean compatible(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty() || a.equals(Set.of("school")) || b.equals(Set.of("school"))) {
                return true;
            }
            return a.stream().anyMatch(b::contains);
        }
    }

    private static final Pattern PART_BREAK = Pattern.compile("\\s+[-–—]\\s+|[–—()\\[\\],|;:]|\\s/\\s");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,6}");
    // a word of seven or more capitals is a name typed in caps, not an acronym
    private static final Pattern SHOUTING = Pattern.compile("\\b\\p{Lu}{7,}\\b");

    private static final Rules RULES = Resources.yaml("names.yaml", Rules.class);
    private static final Map<String, String> TYPE_OF = typeIndex(RULES.institutionTypes());

    private OrganisationNames() {
    }

    /** False for what a page puts where an employer goes but names none: "Self-employed", "Freelance", "Stealth startup". */
    public static boolean organisation(String name) {
        String folded = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return !folded.isEmpty() && (RULES.notOrganisations() == null || !RULES.notOrganisations().contains(folded));
    }

    /** True when the two names most likely mean the same organisation or school. */
    private static final java.util.regex.Pattern LATIN_ONLY =
            java.util.regex.Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]+");

    public static boolean same(String a, String b) {
        // "Self-employed" on two freelancers' pages is no one place they both worked (a note said "we are both at Self-employed")
        if (!organisation(a) || !organisation(b)) {
            return false;
        }
        if (sameAsWritten(a, b)) {
            return true;
        }
        // "浙江大学 Zhejiang University" = "Zhejiang University": a name given in two scripts matches by its Latin part
        String la = latinPart(a);
        String lb = latinPart(b);
        return (!la.equals(a) || !lb.equals(b)) && !la.isBlank() && !lb.isBlank() && sameAsWritten(la, lb);
    }

    /** The name without words in other scripts, or the name itself when it has no Latin letters. */
    static String latinPart(String name) {
        if (name == null) {
            return "";
        }
        String latin = LATIN_ONLY.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return latin.codePoints().anyMatch(Character::isLetter) ? latin : name;
    }

    private static boolean sameAsWritten(String a, String b) {
        List<Part> pa = parts(a);
        List<Part> pb = parts(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        if (whole(pa).agrees(whole(pb))) {
            return true;
        }
        if (isAcronymOf(a, b) || isAcronymOf(b, a)) {
            return true;
        }
        if (pa.size() == 1 || pb.size() == 1) {
            Part single = pa.size() == 1 ? pa.get(0) : pb.get(0);
            List<Part> other = pa.size() == 1 ? pb : pa;
            return other.stream().anyMatch(single::agrees) || sameSchoolInTwoLanguages(a, b, pa, pb);
        }
        List<Part> shorter = pa.size() <= pb.size() ? pa : pb;
        List<Part> longer = shorter == pa ? pb : pa;
        return shorter.stream().allMatch(p -> longer.stream().anyMatch(p::agrees));
    }

    /**
     * "Politechnika Wrocławska" and "Wrocław University of Science and Technology": one school named in its own
     * language and in English. Both name a kind of school, the kinds agree (a polytechnic is a university of
     * technology, never a plain university: "Politecnico di Milano" is not the "University of Milan"), and each
     * naming word is the other's or its adjective ("wroclawska" of "wroclaw", "milano" of "milan").
     */
    private static boolean sameSchoolInTwoLanguages(String a, String b, List<Part> pa, List<Part> pb) {
        if (pa.size() != 1 || pb.size() != 1) {
            return false;
        }
        Part x = pa.get(0);
        Part y = pb.get(0);
        if (x.types().isEmpty() || y.types().isEmpty() || x.words().size() != y.words().size()
                || !(x.types().stream().anyMatch(y.types()::contains) || technical(x, y, b) || technical(y, x, a))) {
            return false;
        }
        return x.words().stream().allMatch(w -> y.words().stream().anyMatch(v -> sameStem(w, v)));
    }

    private static boolean technical(Part polytechnic, Part university, String theirName) {
        String folded = Folding.fold(theirName);
        return polytechnic.types().equals(Set.of("polytechnic")) && university.types().equals(Set.of("university"))
                && (folded.contains("technology") || folded.contains("technical"));
    }

    private static boolean sameStem(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.equals(longer) || shorter.length() >= 5 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 4;
    }

    /** A canonical key for exact grouping: equal keys always match (the converse need not hold). */
    public static String key(String name) {
        return String.join(" ", allWords(parts(name)));
    }

    /** The name as a person would say it: trailing legal forms and page words removed, original spelling kept. */
    public static String display(String name) {
        if (name == null) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(withoutPageSuffix(name).strip().split("\\s+")));
        while (words.size() > 1 && RULES.legalSuffixes().contains(Folding.fold(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("[\\s,]+$", "");
    }

    /**
     * Of two spellings of one place, the one to show: the target's, unless it is written in
     * capitals and the sender's is not ("STRIPEWELL" reads as shouting in a note).
     */
    public static String preferredDisplay(String theirs, String mine) {
        boolean shouting = SHOUTING.matcher(theirs).find() && !SHOUTING.matcher(mine == null ? "" : mine).find();
        return display(shouting && mine != null && !mine.isBlank() ? mine : theirs);
    }

    /** The first name in {@code candidates} that matches {@code name}. */
    public static Optional<String> findIn(String name, List<String> candidates) {
        return candidates.stream().filter(c -> same(name, c)).findFirst();
    }

    static List<Part> parts(String name) {
        List<Part> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        for (String raw : PART_BREAK.split(withoutPageSuffix(name))) {
            Part p = part(raw);
            if (!p.words().isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** "Kestrel Robotics logo" is "Kestrel Robotics"; a name that is only the page word stays as it is. */
    static String withoutPageSuffix(String name) {
        String s = name.strip();
        int space = s.lastIndexOf(' ');
        if (space > 0 && RULES.pageSuffixes().contains(Folding.fold(s.substring(space + 1)))) {
            return s.substring(0, space).strip();
        }
        return s;
    }

    private static Part part(String raw) {
        List<String> words = new ArrayList<>();
        for (String w : Folding.fold(raw).split(" ")) {
            if (!w.isEmpty() && !RULES.connectors().contains(w)) {
                words.add(w);
            }
        }
        while (!words.isEmpty() && RULES.legalSuffixes().contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        Set<String> types = words.stream().filter(TYPE_OF::containsKey).map(TYPE_OF::get).collect(Collectors.toSet());
        if (!types.isEmpty()) {
            // "Lagos Business School" is its own institution, not the "University of Lagos": a school named by its
            // field keeps the field as its type, so only the same kind of school matches it
            List<String> fields = words.stream().filter(RULES.fieldWords()::contains).toList();
            if (types.equals(Set.of("school")) && !fields.isEmpty()) {
                types = Set.of("school:" + String.join(" ", fields));
            }
            words.removeIf(w -> TYPE_OF.containsKey(w) || RULES.fieldWords().contains(w));
            if (words.isEmpty()) {
                // "School of Management" alone names no particular place
                return new Part(List.of(), Set.of());
            }
        }
        return new Part(List.copyOf(words), Set.copyOf(types));
    }

    private static Part whole(List<Part> parts) {
        return new Part(allWords(parts),
                parts.stream().flatMap(p -> p.types().stream()).collect(Collectors.toSet()));
    }

    private static List<String> allWords(List<Part> parts) {
        return parts.stream().flatMap(p -> p.words().stream()).toList();
    }

    /** True when the text names the organisation by its acronym, typed in capitals ("doing the TCD informatics msc"). */
    public static boolean acronymIn(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return false;
        }
        java.util.regex.Matcher m = ACRONYM_WORD.matcher(text);
        while (m.find()) {
            if (isAcronymOf(m.group(), name)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ACRONYM_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{3,6}(?![\\p{L}\\p{N}])");

    /** "MIT" against "Massachusetts Institute of Technology": initials of every word but connectors. */
    private static boolean isAcronymOf(String acronym, String full) {
        String a = acronym == null ? "" : acronym.strip().replace(".", "");
        if (!ACRONYM.matcher(a).matches()) {
            return false;
        }
        String longName = display(full);
        String initials = Arrays.stream(Folding.fold(longName).split(" "))
                .filter(w -> !w.isEmpty() && !RULES.acronymSkips().contains(w))
                .map(w -> w.substring(0, 1))
                .collect(Collectors.joining());
        List<String> words = Arrays.stream(Folding.fold(longName).split(" ")).filter(w -> !w.isEmpty()).toList();
        return words.size() >= 2 && (initials.equalsIgnoreCase(a) || namePartBefore(a, words));
    }

    /** The kinds of institution a name's own initials are said before ("YST Conservatory", "NTU Hospital"). */
    private static final java.util.Set<String> INSTITUTION_WORDS = java.util.Set.of("conservatory", "conservatoire", "college",
            "university", "school", "institute", "academy", "hospital", "polytechnic");

    /** "YST" for "Yong Siew Toh Conservatory of Music": the initials of the words before the kind of institution. */
    private static boolean namePartBefore(String acronym, List<String> words) {
        int n = acronym.length();
        if (n < 3 || words.size() <= n || !INSTITUTION_WORDS.contains(words.get(n))) {
            return false;
        }
        String initials = words.subList(0, n).stream().map(w -> w.substring(0, 1)).collect(Collectors.joining());
        return initials.equalsIgnoreCase(acronym);
    }

    private static Map<String, String> typeIndex(Map<String, List<String>> types) {
        Map<String, String> index = new HashMap<>();
        types.forEach((type, spellings) -> spellings.forEach(s -> index.put(s, type)));
        return Map.copyOf(index);
    }
}

package dev.rapport.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word of a full name to greet someone by: the first word that is not a title ("Dr.", "Prof. dr. ir."),
 * an initial ("J."), or a short abbreviation written with its dot before the given name ("Ma. Cristina" is the
 * Filipino short form of María: she is greeted as Cristina; "Eng. Grace" is an engineer's title). Letters after a comma are credentials
 * ("Keisha Brown, RN"). A name written family name first in its custom's usual shape ("Pham Thi Lan",
 * "Lee Wei Ling") is greeted by its given name ({@link FamilyFirst}).
 */
public final class GreetingName {
    private GreetingName() {
    }

    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
            "\\p{Lu}{2,5}|Ph\\.?D|MSc|BSc|MEng|BEng|MBA|PharmD|DPhil|CEng|PEng");

    /** With the built-in titles of {@link Honorifics}. */
    public static String of(String fullName) {
        return of(fullName, Set.copyOf(Honorifics.words()));
    }

    /** With {@code titles} (lower case, with or without their dot); blank when the name has no word to greet by. */
    public static String of(String fullName, Set<String> titles) {
        if (fullName == null) {
            return "";
        }
        String[] words = fullName.strip().split("\\s+");
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String written = words[i];
            String bare = strip(written);
            if (bare.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            String lower = bare.toLowerCase(Locale.ROOT);
            boolean title = java.util.Arrays.stream(lower.replace(".", "").split("-"))
                    .allMatch(part -> titles.contains(part) || titles.contains(part + "."));
            boolean initial = bare.codePointCount(0, bare.length()) == 1;
            // (and any short word with a stop before the rest of the name is a title: "Eng. Grace Ochieng", a Kenyan engineer's)
            boolean abbreviated = i + 1 < words.length && written.endsWith(".")
                    && (bare.codePointCount(0, bare.length()) <= 2 || named.isEmpty() && bare.codePointCount(0, bare.length()) <= 4);
            // "Nguyen Van Anh PhD", "Tran Thi Lan (she/her)": credentials and pronouns end the name
            if (!named.isEmpty() && (written.startsWith("(") || CREDENTIAL.matcher(bare).matches())) {
                break;
            }
            if (!title && !initial && !abbreviated || !named.isEmpty()) {
                named.add(bare);
            }
        }
        if (named.isEmpty()) {
            return "";
        }
        // "Pham Thi Lan" is Lan; letters after a comma are credentials ("Keisha Brown, RN"), not part of the name
        List<String> name = new java.util.ArrayList<>();
        for (String w : named) {
            name.add(w);
            if (java.util.Arrays.stream(words).anyMatch(x -> x.endsWith(",") && strip(x).equals(w))) {
                break;
            }
        }
        return FamilyFirst.givenName(name).orElse(named.get(0));
    }

    /**
     * {@code word} is a short form of the first name {@code first}: its start or end ("Kat" for Katarzyna,
     * "Tunde" for Babatunde), or its start with a pet ending ("Jovy" for Jovelyn, "Jenny" for Jennifer).
     */
    public static boolean isShortForm(String word, String first) {
        String w = Words.fold(word);
        String f = Words.fold(first);
        if (isUsualShortForm(w, f)) {
            return true;
        }
        if (w.length() < 3 || f.length() <= w.length() + 1) {
            return false;
        }
        if (f.startsWith(w) || f.endsWith(w)) {
            return true;
        }
        String stem = w.endsWith("ie") ? w.substring(0, w.length() - 2) : w.endsWith("y") || w.endsWith("i") ? w.substring(0, w.length() - 1) : "";
        return stem.length() >= 3 && f.startsWith(stem);
    }

    private static final Set<String> CREDENTIALS = Set.of("phd", "md", "mba", "msc", "ma", "bsc", "rn", "cpa", "pe", "esq", "jr", "sr",
            "ii", "iii", "dphil", "edd", "dds", "pmp", "cfa", "shrm", "scp", "cp");

    /**
     * The words of a person's full name, without what follows a comma or a credential ("John Aldridge, PhD" gives John and
     * Aldridge): "the PhD" in a note is no mention of John (it was said "the you", and called a third-person slip).
     */
    public static List<String> nameWords(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(fullName.split(",")[0].strip().split("\\s+"))
                .filter(w -> !CREDENTIALS.contains(Words.fold(w).replaceAll("[^\\p{L}]", ""))).toList();
    }

    /** {@code word} is one of the usual short forms of {@code first} ("Jim" for James, "Bill" for William), by the list. */
    public static boolean isUsualShortForm(String word, String first) {
        return SHORT_NAMES.get().getOrDefault(Words.fold(first), Set.of()).contains(Words.fold(word));
    }

    private static final java.util.function.Supplier<Map<String, Set<String>>> SHORT_NAMES = Lazy.of(GreetingName::readShortNames);

    private static Map<String, Set<String>> readShortNames() {
        try (java.io.InputStream in = GreetingName.class.getResourceAsStream("short-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("built-in short-names.txt is missing from the build");
            }
            Map<String, Set<String>> out = new java.util.HashMap<>();
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains(":"))
                    .forEach(l -> out.put(Words.fold(l.substring(0, l.indexOf(':')).strip()),
                            Set.of(Words.fold(l.substring(l.indexOf(':') + 1)).strip().split("\\s+"))));
            return Map.copyOf(out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("built-in short-names.txt: " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]{2,}\\b");

    /** The name the sender's own words call the recipient by when it is a short form of {@code first} ("Tunde"); else {@code first}. */
    public static String asCalledIn(String first, String text) {
        if (first == null || first.isBlank() || text == null) {
            return first == null ? "" : first;
        }
        java.util.regex.Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (isShortForm(m.group(), first)) {
                return m.group();
            }
        }
        return first;
    }


    /** The word without the punctuation around it ("Brown," → "Brown", "(Tina)" → "Tina"); hyphens and apostrophes stay. */
    private static String strip(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }
}

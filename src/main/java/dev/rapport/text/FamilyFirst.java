package dev.rapport.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names written family name first ("Pham Thi Lan", "Lee Wei Ling", "Park Ji-ho"): the given name to greet
 * and sign by, when the name has its custom's usual shape. From {@code family-names-first.txt}. Pure.
 */
final class FamilyFirst {
    private static final Map<String, Set<String>> BY_CUSTOM = read();

    private FamilyFirst() {
    }

    /** The given name of {@code words} (a full name without titles), when it is written family name first. */
    static Optional<String> givenName(List<String> words) {
        if (words.size() < 2) {
            return Optional.empty();
        }
        String first = Words.fold(words.get(0));
        String last = words.get(words.size() - 1);
        // "Mei Lin Chua": Western order with a Chinese family name, the given name two romanised syllables (a reviewer:
        // "Hello Mei" shortens her given name)
        if (words.size() == 3 && in("chinese", Words.fold(last)) && syllables(List.of(words.get(0), words.get(1)))
                && !in("chinese", first)) {
            return Optional.of(words.get(0) + " " + words.get(1));
        }
        // "Anh Thu Nguyen": Western order, whatever its first word
        if (BY_CUSTOM.values().stream().anyMatch(names -> names.contains(Words.fold(last)))) {
            return Optional.empty();
        }
        if (words.size() >= 3 && in("vietnamese", first)) {
            return Optional.of(last);
        }
        // "Lee Anne Smith" and "Kim Smith-Jones" are Western names: the given parts must be romanised syllables
        if (words.size() == 3 && in("chinese", first) && syllables(List.of(words.get(1), last))) {
            return Optional.of(words.get(1) + " " + last);
        }
        if (words.size() == 2 && in("korean", first) && last.contains("-") && syllables(List.of(last.split("-")))) {
            return Optional.of(last);
        }
        return Optional.empty();
    }

    /** One romanised Chinese or Korean syllable: "wei", "ling", "xiao", "seo", "yeon", "choon". */
    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
            "(?:ch|sh|zh|ts|ng|[bcdfghjklmnpqrstwxyz])?h?[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|h|w)?");

    private static boolean syllables(List<String> parts) {
        return parts.stream().allMatch(p -> SYLLABLE.matcher(Words.fold(p)).matches());
    }

    private static boolean in(String custom, String foldedWord) {
        return BY_CUSTOM.getOrDefault(custom, Set.of()).contains(foldedWord);
    }

    private static Map<String, Set<String>> read() {
        try (InputStream in = FamilyFirst.class.getResourceAsStream("family-names-first.txt")) {
            if (in == null) {
                throw new IllegalStateException("built-in family-names-first.txt is missing from the build");
            }
            Map<String, Set<String>> out = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains(":"))
                    .forEach(l -> out.put(l.substring(0, l.indexOf(':')).strip(),
                            Set.of(Words.fold(l.substring(l.indexOf(':') + 1)).strip().split("\\s+"))));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("built-in family-names-first.txt: " + e.getMessage(), e);
        }
    }
}

package dev.rapport.journal;

import dev.rapport.text.Urls;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How people are recognised again: names and companies compared without case, accents,
 * punctuation or legal suffixes, and LinkedIn profile URLs as {@link Urls#profileKey} gives them.
 */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SUFFIX = Pattern.compile("\\s+(inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|sa|ag|bv)$");

    private Names() {
    }

    static String person(String name) {
        return words(name);
    }

    static String company(String company) {
        String c = words(company);
        String before;
        do {
            before = c;
            c = SUFFIX.matcher(c).replaceAll("");
        } while (!c.equals(before));
        return c;
    }

    static String key(String name, String company, String url) {
        Optional<String> u = Urls.profileKey(url);
        return u.map(s -> "url:" + s).orElseGet(() -> "name:" + person(name) + "|" + company(company));
    }

    private static String words(String s) {
        if (s == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

package dev.rapport.journal;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How people are recognised again: names and companies compared without case, accents,
 * punctuation or legal suffixes, and LinkedIn profile URLs without scheme, "www." or query.
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

    /** A canonical profile URL ("linkedin.com/in/priya-raman"), or empty when the text is not a URL. */
    static Optional<String> url(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!t.contains("://")) {
            if (!t.contains("/") || t.contains(" ")) {
                return Optional.empty();
            }
            t = "https://" + t;
        }
        try {
            URI uri = URI.create(t);
            String host = uri.getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = uri.getPath() == null ? "" : uri.getPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return Optional.of(host + path.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String key(String name, String company, String url) {
        Optional<String> u = url(url);
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

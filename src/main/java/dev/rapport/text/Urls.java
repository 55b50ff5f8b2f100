package dev.rapport.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses: one key per profile URL, and an address fit to print: without user name and password
 * ({@code https://user:pass@host}) and without the query ({@code ?key=…}), where credentials are often put.
 */
public final class Urls {
    private Urls() {
    }

    /**
     * A profile URL as one key for one person ("linkedin.com/in/priya-raman"): without scheme, "www.",
     * query or trailing slash, in lower case; empty when the text is not a URL.
     */
    public static Optional<String> profileKey(String text) {
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

    public static String printable(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return stripByHand(url);
            }
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return stripByHand(url);
        }
    }

    private static String stripByHand(String url) {
        String s = url.strip();
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int scheme = s.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int slash = s.indexOf('/', start);
        int at = s.lastIndexOf('@', slash < 0 ? s.length() : slash);
        if (at >= start) {
            s = s.substring(0, start) + s.substring(at + 1);
        }
        return s;
    }
}

package dev.rapport.text;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An address fit to print: without user name and password ({@code https://user:pass@host}) and
 * without the query ({@code ?key=…}), where credentials are often put.
 */
public final class Urls {
    private Urls() {
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

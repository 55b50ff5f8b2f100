package dev.rapport.profile;

import dev.rapport.io.Utf8;


/** A profile's bytes as text: the profile size limit, then the one strict UTF-8 decoding of {@link Utf8}. */
final class Utf8Text {
    static final int MAX_BYTES = 1024 * 1024;

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw Messages.error("too.large", source);
        }
        return Utf8.decode(bytes, source);
    }

    static boolean isZip(byte[] bytes) {
        return Utf8.startsWith(bytes, 'P', 'K', 3, 4);
    }

}

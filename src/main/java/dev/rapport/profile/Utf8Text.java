package dev.rapport.profile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into text, refusing binary data and invalid UTF-8 with a message that says where. */
final class Utf8Text {
    static final int MAX_BYTES = 1024 * 1024;

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw Messages.error("too.large", source);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw Messages.error("utf16", source);
        }
        if (isBinary(bytes)) {
            throw Messages.error("binary", source);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw Messages.error("not.utf8", source, bytes[offset] & 0xFF, offset);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw Messages.error("not.utf8", source, bytes[bytes.length - 1] & 0xFF, bytes.length - 1);
        }
        return out.flip().toString();
    }

    /** NUL bytes never occur in UTF-8 text; PDFs and images are refused before decoding says something odder. */
    static boolean isBinary(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return true;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, 'P', 'K', 3, 4);
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package dev.rapport.io;

import dev.rapport.RapportException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text, strictly: binary data, UTF-16 and invalid UTF-8 are refused with where; a BOM is dropped. */
public final class Utf8 {
    private Utf8() {
    }

    public static String decode(byte[] bytes, String label) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new RapportException(Texts.get("utf16", label));
        }
        if (isBinary(bytes)) {
            throw new RapportException(Texts.get("binary", label));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw badByte(label, bytes, in.position());
        }
        if (decoder.flush(out).isError()) {
            throw badByte(label, bytes, bytes.length - 1);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The first invalid byte's offset, or -1 when the bytes are valid UTF-8. */
    public static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            return in.position();
        }
        return decoder.flush(out).isError() ? bytes.length - 1 : -1;
    }

    /** NUL bytes never occur in UTF-8 text; PDFs and images are refused before decoding says something odder. */
    public static boolean isBinary(byte[] bytes) {
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

    public static boolean startsWith(byte[] bytes, int... prefix) {
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

    private static RapportException badByte(String label, byte[] bytes, int offset) {
        return new RapportException(Texts.get("not-utf8", label, String.format("%02X", bytes[offset] & 0xFF), String.valueOf(offset)));
    }
}

package dev.rapport.profile;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a profile from a path (file, LinkedIn export folder or .zip), from stdin ("-"), or from
 * pasted text, detecting the format from the content. Bad input raises a
 * {@link dev.rapport.RapportException} whose message is one line naming the source and the problem.
 */
public final class ProfileReaders {
    private ProfileReaders() {
    }

    /** {@code spec} is a path or "-" for {@code stdin}. */
    public static Profile read(String spec, InputStream stdin) {
        throw new UnsupportedOperationException("profile readers not written yet");
    }

    public static Profile read(Path path) {
        throw new UnsupportedOperationException("profile readers not written yet");
    }

    /** Text pasted or read already; {@code source} names it in error messages ("pasted text", a file name). */
    public static Profile parse(String text, String source) {
        throw new UnsupportedOperationException("profile readers not written yet");
    }
}

package dev.rapport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Standard input as the user gave it. When rapport is started with stdin closed ({@code <&-}), the
 * JVM's own first open file (a jar, its class archive) takes descriptor 0, and reading "stdin"
 * would read that; such a stdin is treated as closed.
 */
final class Stdin {
    private static final Path FD0 = Path.of("/proc/self/fd/0");

    private Stdin() {
    }

    static InputStream of(InputStream in) {
        try {
            if (!Files.exists(FD0, LinkOption.NOFOLLOW_LINKS) || !Files.isSymbolicLink(FD0)) {
                return in;
            }
            String target = Files.readSymbolicLink(FD0).toString();
            String javaHome = System.getProperty("java.home", "\u0000");
            if (target.endsWith(".jar") || target.endsWith(".jsa") || target.endsWith(".so")
                    || target.startsWith(javaHome)) {
                return closed();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: take stdin as it is
        }
        return in;
    }

    private static InputStream closed() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Stream closed");
            }
        };
    }
}

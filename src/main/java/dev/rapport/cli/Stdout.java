package dev.rapport.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Standard output that remembers whether its reader went away (a closed pipe: {@code rapport batch … | head -3}).
 * That is normal use, not a failure to report; a full disk or another write error still is.
 */
final class Stdout extends PrintWriter {
    private final Watch watch;

    private Stdout(Watch watch, Charset charset) {
        super(new OutputStreamWriter(watch, charset), true);
        this.watch = watch;
    }

    static Stdout over(OutputStream raw, Charset charset) {
        return new Stdout(new Watch(raw), charset);
    }

    /** True once a write found the pipe closed by its reader (EPIPE). */
    boolean readerGone() {
        return watch.readerGone;
    }

    private static final class Watch extends FilterOutputStream {
        private volatile boolean readerGone;

        Watch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            String message = e.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe")) {
                readerGone = true;
            }
            return e;
        }
    }
}

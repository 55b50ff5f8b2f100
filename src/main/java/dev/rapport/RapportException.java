package dev.rapport;

/**
 * The one exception type that reaches the user: its message is a single plain line that names
 * what is wrong (and the file, when there is one). Front ends print it and exit with {@link #exitCode()}.
 */
public class RapportException extends RuntimeException {
    public static final int INPUT = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public RapportException(String message) {
        this(message, INPUT, null);
    }

    public RapportException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}

package dev.rapport.llm;

import java.util.Objects;

/**
 * An API key. Its {@code toString} never shows the value, so a key that ends up in a message,
 * a log line, a record's toString or a saved session by accident still stays hidden.
 */
public final class Secret {
    private static final String HIDDEN = "[redacted]";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Null or blank text is no key at all. */
    public static Secret of(String value) {
        return value == null || value.isBlank() ? null : new Secret(value.strip());
    }

    /** The key itself, only for handing to the provider's client. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return HIDDEN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}

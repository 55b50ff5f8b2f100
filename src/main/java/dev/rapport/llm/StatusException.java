package dev.rapport.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An unsuccessful HTTP answer that, unlike LangChain4j's own, keeps the server's Retry-After, so
 * that a 429 is retried when the server says, not on a guess. LangChain4j maps it by status code
 * (401 to AuthenticationException, 429 to RateLimitException, …) and keeps it as the cause.
 */
final class StatusException extends HttpException {
    private final transient Duration retryAfter;

    StatusException(int status, String body, Duration retryAfter) {
        super(status, body == null ? "" : body.length() > 500 ? body.substring(0, 500) : body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Retry-After is either seconds or an HTTP date. */
    static Duration parseRetryAfter(String value, ZonedDateTime now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(v) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** The Retry-After anywhere in a cause chain. */
    static Optional<Duration> retryAfterIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StatusException s) {
                return s.retryAfter();
            }
        }
        return Optional.empty();
    }
}

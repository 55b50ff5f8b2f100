package dev.rapport.llm;

import java.time.Duration;

/**
 * How long rapport keeps trying after "429 too many requests": at most {@code attempts} more
 * tries, waiting what the server's Retry-After asks (capped at {@code maxWait}) or else an
 * exponential backoff from {@code firstBackoff}. Bounded, so the user is never left hanging.
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxWait) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(20));

    /** The wait before retry number {@code n} (1-based), honouring the server's wish when it gave one. */
    public Duration waitBefore(int n, Duration retryAfter) {
        Duration wait = retryAfter != null ? retryAfter : firstBackoff.multipliedBy(1L << Math.min(n - 1, 10));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}

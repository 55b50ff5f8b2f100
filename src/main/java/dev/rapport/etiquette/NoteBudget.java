package dev.rapport.etiquette;

import java.time.LocalDate;

/**
 * Personalised notes used this calendar month against the account's monthly allowance.
 * {@code limit} 0 means no allowance applies (a Premium account, or the user did not say).
 * {@code renews} is the first day of next month, when a free account gets its notes back.
 */
public record NoteBudget(int used, int limit, LocalDate renews) {
    public static NoteBudget none(LocalDate today) {
        return new NoteBudget(0, 0, today.withDayOfMonth(1).plusMonths(1));
    }

    public NoteBudget {
        used = Math.max(0, used);
        limit = Math.max(0, limit);
    }

    public boolean applies() {
        return limit > 0;
    }

    public boolean exhausted() {
        return applies() && used >= limit;
    }

    public int remaining() {
        return applies() ? Math.max(0, limit - used) : Integer.MAX_VALUE;
    }

    public NoteBudget withLimit(int newLimit) {
        return new NoteBudget(used, newLimit, renews);
    }

    /** The same month with {@code more} notes already spoken for (e.g. drafted earlier in a batch). */
    public NoteBudget plus(int more) {
        return new NoteBudget(used + more, limit, renews);
    }
}

package dev.rapport.app;

import dev.rapport.RapportException;
import dev.rapport.etiquette.RuleSet;

/**
 * The one rule for a note's character limit, the same on every command and in the REPL: a whole
 * number from {@value #MIN} to {@value #MAX} (LinkedIn allows 300, or 200 on a free account).
 */
public final class NoteLimit {
    public static final int MIN = RuleSet.MIN_LIMIT;
    public static final int MAX = RuleSet.MAX_LIMIT;

    private NoteLimit() {
    }

    /** {@code limit} when it is allowed; otherwise a usage error naming the value. */
    public static int check(int limit) {
        if (limit < MIN || limit > MAX) {
            throw new RapportException(Messages.get("limit.range", String.valueOf(limit)), RapportException.USAGE, null);
        }
        return limit;
    }

    /** A limit as typed ("200"); blank or not a number is a usage error too. */
    public static int parse(String typed) {
        String v = typed == null ? "" : typed.strip();
        if (!v.matches("\\d{1,6}")) {
            throw new RapportException(Messages.get("limit.range",
                    v.isEmpty() ? Messages.get("limit.nothing") : v), RapportException.USAGE, null);
        }
        return check(Integer.parseInt(v));
    }
}

package dev.rapport.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole session for /save: every assessment the person saw, in order, with what asked for it
 * (the first draft, "shorter and warmer", a new reason, a new limit…). Profiles, reasons and notes
 * are kept as the immutable {@link Session} of that moment.
 */
public final class Transcript {
    /** One assessment on screen: what asked for it, and the session it produced. */
    /** {@code request} is null for a verdict drawn afresh (new profiles, a new reason). */
    public record Round(String request, Session session) {
    }

    private final List<Round> rounds = new ArrayList<>();

    /** Adds an assessment; {@code request} is the person's words or a short description of the step, null for a fresh verdict. */
    void add(String request, Session session) {
        if (session != null && session.assessment() != null) {
            rounds.add(new Round(request, session));
        }
    }

    public List<Round> rounds() {
        return List.copyOf(rounds);
    }

    void clear() {
        rounds.clear();
    }
}

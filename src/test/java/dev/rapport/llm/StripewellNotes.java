package dev.rapport.llm;

import java.nio.file.Path;
import java.util.Map;

/**
 * Example pair 01 (two former colleagues from Stripewell) as the tests against the loopback model server
 * drive it: the reason, notes a model answers with (two that pass the gate, one pitch), and the
 * environment of a session that talks to that server.
 */
public final class StripewellNotes {
    public static final String WHY = "we worked together at Stripewell for years and I'd like to reconnect";
    public static final String GOOD = "Hi Priya, we worked together at Stripewell from 2016 to 2021 and it has been a few years. "
            + "I would be glad to be back in touch here. No pressure either way.";
    public static final String GOOD2 = "Priya, it has been a while since our Stripewell years together. "
            + "Would be good to be back in touch here.";
    public static final String PITCHY = "Hi Priya, our platform can cut your payment fees by 30%. "
            + "Can we book a quick demo call next week?";

    private StripewellNotes() {
    }

    /** A home of its own, an OpenAI key and a short timeout, so that a failing server fails the test quickly. */
    /** The scenarios that use it script only the drafting calls; the model's evidence call has its own tests (ModelEvidenceTest). */
    public static Map<String, String> environment(Path home, String key) {
        return Map.of("HOME", home.toString(), "OPENAI_API_KEY", key, "RAPPORT_TIMEOUT", "3", "RAPPORT_MODEL_EVIDENCE", "0");
    }
}

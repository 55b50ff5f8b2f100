package dev.rapport.app;

import dev.rapport.etiquette.RuleSet;
import dev.rapport.language.Language;
import dev.rapport.purpose.PurposeReader;
import java.util.function.Supplier;

/**
 * What a one-shot command (check, draft, critique, batch) is sure to need, read on background threads
 * from its first moment: the language models on one, the rules and then the reason's reading (its
 * word lists and the trained intent model) on another, while the face parses the arguments and reads
 * the profiles. Nothing is lost when a load fails here: the command's own first use tries again and
 * reports the failure.
 */
public final class Preload {
    /** A reason of the common kind: reading it loads what reading any reason needs. */
    private static final String SAMPLE_REASON = "We met at a conference last year and I would like to stay in touch.";

    private Preload() {
    }

    /** Starts the loads and returns at once; {@code rules} is the command's own memo, which the command then finds ready. */
    public static void start(Supplier<RuleSet> rules) {
        Language.english().preload();
        Thread loader = new Thread(() -> {
            try {
                rules.get();
                PurposeReader.read(SAMPLE_REASON);
            } catch (RuntimeException | Error e) {
                // the command's first use of the same thing fails again and says why
            }
        }, "rapport-rules-preload");
        loader.setDaemon(true);
        loader.start();
    }
}

package dev.rapport.app;

import dev.rapport.etiquette.RuleSet;
import dev.rapport.language.Language;
import java.util.function.Supplier;

/**
 * What a one-shot command (check, draft, critique, batch) is sure to need, read on background threads
 * from its first moment: the language models on one, the rules on another, while the face parses the
 * arguments and reads the profiles. Only loads that the command would make anyway run here (reading a
 * sample reason to load the intent model as well cost more CPU than it saved under load). Nothing is
 * lost when a load fails here: the command's own first use tries again and reports the failure.
 */
public final class Preload {
    private Preload() {
    }

    /** Starts the loads and returns at once; {@code rules} is the command's own memo, which the command then finds ready. */
    public static void start(Supplier<RuleSet> rules) {
        Language.english().preload();
        Thread loader = new Thread(() -> {
            try {
                rules.get();
            } catch (RuntimeException | Error e) {
                // the command's first use of the same thing fails again and says why
            }
        }, "rapport-rules-preload");
        loader.setDaemon(true);
        loader.start();
    }
}

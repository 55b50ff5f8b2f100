package dev.rapport.purpose;

/**
 * Whether the sender states a sale as their own aim ("I want to sell him our panels"), read with the
 * language layer rather than taken from the intents alone: a "pitch deck" or a demo the target gave is
 * no such aim. The judge lets a pitch outrank a relationship on the sender's word only then. Pure.
 */
public final class SalesAim {
    private SalesAim() {
    }

    public static boolean stated(Purpose purpose) {
        return purpose != null && !purpose.text().isBlank() && ContactStatements.builtIn().statesSalesAim(purpose.text());
    }
}

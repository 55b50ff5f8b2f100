package dev.rapport.etiquette;

import java.util.Collection;
import java.util.Optional;

/** The etiquette rules in force: the built-in YAML resource, possibly adjusted by a user's file. */
public final class RuleSet {
    // TODO(etiquette helper): load /dev/rapport/etiquette/rules.yaml with Jackson YAML.
    public static RuleSet builtIn() {
        throw new UnsupportedOperationException("rule set not loaded yet");
    }

    public Optional<Rule> rule(String id) {
        throw new UnsupportedOperationException();
    }

    public Collection<Rule> all() {
        throw new UnsupportedOperationException();
    }

    /** The default note limit in characters (300; 200 for free accounts is chosen per call). */
    public int defaultLimit() {
        return 300;
    }
}

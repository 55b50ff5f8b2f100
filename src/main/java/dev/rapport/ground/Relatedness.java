package dev.rapport.ground;

import java.util.List;
import java.util.Optional;

/**
 * How closely texts relate in meaning (e.g. by an embedding model), for the uses where the exact
 * words differ: a stated need, a post to respond to, and the order of the items found. Shared
 * employers, schools and dates never go through here; they stay exact.
 */
public interface Relatedness {
    /** The uses, each with its own threshold kept by the implementation. */
    enum Use { NEED, POST, RANK }

    /** {@code queries[query]} and {@code passages[passage]} are the closest pair, with their similarity. */
    record Match(int query, int passage, double score) {
    }

    Relatedness NONE = new Relatedness() {
        @Override
        public Optional<Match> best(Use use, List<String> queries, List<String> passages) {
            return Optional.empty();
        }

        @Override
        public double boost(String purpose, CommonGround item) {
            return 0;
        }
    };

    /** The closest query/passage pair if it clears the threshold for this use; empty otherwise or when unknown. */
    Optional<Match> best(Use use, List<String> queries, List<String> passages);

    /** A small strength adjustment for an item that is not a shared history, by how well it fits the purpose. */
    double boost(String purpose, CommonGround item);
}

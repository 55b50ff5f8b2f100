package dev.rapport.draft;

import java.util.List;

/**
 * What to do instead of (or besides) sending an invitation: for follow-first, follow them and a
 * drafted comment on their most relevant post; for do-not-connect, what would make contact appropriate.
 */
public final class Suggestions {
    public List<String> suggest(DraftRequest request) {
        throw new UnsupportedOperationException("suggestions not written yet");
    }
}

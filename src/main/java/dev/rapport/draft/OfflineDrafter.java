package dev.rapport.draft;

import java.util.List;

/** The built-in drafter: no network, deterministic, several angles from the strongest common ground. */
public final class OfflineDrafter implements Drafter {
    @Override
    public List<Note> draft(DraftRequest request) {
        throw new UnsupportedOperationException("offline drafter not written yet");
    }

    @Override
    public String name() {
        return "offline";
    }
}

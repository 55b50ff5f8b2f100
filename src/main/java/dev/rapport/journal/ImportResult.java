package dev.rapport.journal;

/** What an import of Invitations.csv did: new sent marks, rows already known, incoming rows skipped. */
public record ImportResult(int added, int known, int incoming) {
}

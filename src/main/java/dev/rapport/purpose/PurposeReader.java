package dev.rapport.purpose;

/** Classifies the sender's free-text reason into intents and keeps the people, events and posts it names. Pure. */
public final class PurposeReader {
    private PurposeReader() {
    }

    public static Purpose read(String text) {
        throw new UnsupportedOperationException("purpose reader not written yet");
    }
}

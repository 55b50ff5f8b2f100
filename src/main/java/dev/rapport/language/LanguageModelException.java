package dev.rapport.language;

import dev.rapport.RapportException;

/** A language model resource is missing or unreadable; the message is one line naming the model. */
public final class LanguageModelException extends RapportException {
    private static final long serialVersionUID = 1L;

    LanguageModelException(String message, Throwable cause) {
        super(message, INPUT, cause);
    }
}

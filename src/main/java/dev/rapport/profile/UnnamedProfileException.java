package dev.rapport.profile;

import dev.rapport.RapportException;
import java.util.Optional;

/** A profile read whole except for the person's name: a front end may ask for the name and read it again. */
public final class UnnamedProfileException extends RapportException {
    private final String text;

    UnnamedProfileException(String message) {
        this(message, null);
    }

    private UnnamedProfileException(String message, String text) {
        super(message);
        this.text = text;
    }

    /** The same, with the text that was read, which reads again with the name put on a line before it. */
    UnnamedProfileException withText(String read) {
        return new UnnamedProfileException(getMessage(), read);
    }

    /** The text read, when a name on a line before it is all it lacks (not a JSON Resume, whose name has its own field). */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }
}

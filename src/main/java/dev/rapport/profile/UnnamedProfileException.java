package dev.rapport.profile;

import dev.rapport.RapportException;

/** A profile read whole except for the person's name: a front end may ask for the name and read it again. */
public final class UnnamedProfileException extends RapportException {
    UnnamedProfileException(String message) {
        super(message);
    }
}

package dev.rapport.batch;

import dev.rapport.profile.Profile;
import java.util.function.Supplier;

/**
 * One person to check, not yet read: where it comes from ("them/priya.txt", "people.csv row 12"),
 * how to read it (which may fail with a one-line RapportException) and their profile URL when
 * the row gave one.
 */
public record Target(String source, Supplier<Profile> reader, String url) {
    public Profile read() {
        return reader.get();
    }
}

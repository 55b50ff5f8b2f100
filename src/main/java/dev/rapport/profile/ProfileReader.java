package dev.rapport.profile;

/** Reads one text format into a {@link Profile}; {@code source} names the input in error messages. */
interface ProfileReader {
    Profile read(String text, String source);
}

package dev.rapport.profile;

/** A recent post or piece of activity; {@code when} is as shown by LinkedIn ("2w", "3 days ago"), blank when unknown. */
public record Post(String text, String when) {
    public Post {
        text = text == null ? "" : text.strip();
        when = when == null ? "" : when.strip();
    }
}

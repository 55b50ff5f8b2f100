package dev.rapport.journal;

import java.time.LocalDate;

/** One outgoing invitation from the user's LinkedIn export. */
public record Invitation(String to, LocalDate sent, boolean withNote, String url) {
}

package dev.rapport.etiquette;

/**
 * A problem in a note: the rule, the span [start, end) in UTF-16 indices of the note
 * (0..length when it concerns the whole note), a plain explanation and a concrete fix.
 */
public record Finding(String rule, Severity severity, int start, int end, String message, String fix) {
}

package dev.rapport.etiquette;

/** Why the verdict is what it is: the rule that fired and a sentence citing the evidence. */
public record Reason(String rule, Severity severity, String message) {
}

package dev.rapport.etiquette;

/** How much a finding or reason matters: info explains, warning asks for a change, error blocks. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

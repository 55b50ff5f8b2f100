package dev.rapport.etiquette;

import dev.rapport.text.BuiltIn;
import dev.rapport.text.Words;
import java.util.Map;
import java.util.Optional;

/** The user-facing wording of findings and reasons, read from messages.yaml. */
final class Messages {
    static final String RESOURCE = "/dev/rapport/etiquette/messages.yaml";

    record File(Map<String, Map<String, String>> notes, Map<String, String> reasons, Map<String, String> words,
                Map<String, String> errors) {
        File {
            errors = errors == null ? Map.of() : Map.copyOf(errors);
            notes = notes == null ? Map.of() : Map.copyOf(notes);
            reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
            words = words == null ? Map.of() : Map.copyOf(words);
        }
    }

    private static volatile Messages builtIn;
    private final File file;

    private Messages(File file) {
        this.file = file;
    }

    /** Read once: the wording is the same for every rule set. */
    static Messages builtIn() {
        Messages m = builtIn;
        if (m == null) {
            m = load();
            builtIn = m;
        }
        return m;
    }

    private static Messages load() {
        return new Messages(BuiltIn.read(RESOURCE, File.class));
    }

    /** A note template, when the file has one for this rule and key. */
    Optional<String> note(String rule, String key) {
        return Optional.ofNullable(file.notes().getOrDefault(rule, Map.of()).get(key));
    }

    boolean hasNote(String rule) {
        return file.notes().containsKey(rule);
    }

    /** A note template that must exist: a missing one is a bug in the built-in resources. */
    String requireNote(String rule, String key) {
        return note(rule, key).orElseThrow(() -> new IllegalStateException(
                RESOURCE + " has no notes." + rule + "." + key));
    }

    String reason(String key, Map<String, String> vars) {
        String template = file.reasons().get(key);
        if (template == null) {
            throw new IllegalStateException(RESOURCE + " has no reasons." + key);
        }
        return Words.capitalise(Template.fill(template, vars));
    }

    /** A rules-file error message, filled with its values. */
    String error(String key, Map<String, String> vars) {
        String template = file.errors().get(key);
        if (template == null) {
            throw new IllegalStateException(RESOURCE + " has no errors." + key);
        }
        return Template.fill(template, vars);
    }

    String word(String key) {
        String w = file.words().get(key);
        if (w == null) {
            throw new IllegalStateException(RESOURCE + " has no words." + key);
        }
        return w;
    }
}

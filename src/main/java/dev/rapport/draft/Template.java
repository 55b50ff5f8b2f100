package dev.rapport.draft;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders in one pass, so a value that itself contains braces is never expanded. */
final class Template {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private Template() {
    }

    /** The filled text, or empty when any placeholder has no (non-blank) value. */
    static Optional<String> fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null || v.isBlank()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    static Set<String> keys(String template) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}

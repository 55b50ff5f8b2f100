package dev.rapport.etiquette;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {name} placeholders in message templates; unknown placeholders are left as written so gaps show up in tests. */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z-]*)\\}");

    private Template() {
    }

    static String fill(String template, Map<String, String> vars) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> {
            String value = vars.get(m.group(1));
            return Matcher.quoteReplacement(value == null ? m.group() : value);
        });
    }

}

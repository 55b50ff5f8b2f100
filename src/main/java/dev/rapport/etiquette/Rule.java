package dev.rapport.etiquette;

import dev.rapport.text.Sanitizer;

import java.util.List;
import java.util.Map;

/**
 * One etiquette rule as written in the rule set YAML: a stable id (used verbatim in JSON), the
 * level it applies to, a title, a rationale in plain words, a severity, whether it is enabled,
 * its parameters (phrase lists, thresholds) and a good and a bad example for teaching.
 */
public record Rule(String id, Level level, String title, String rationale, Severity severity, boolean enabled,
                   Map<String, Object> params, String good, String bad) {

    public enum Level { CONNECTION, NOTE }

    /** Rule text may come from a shared file: escape sequences and hidden characters never reach a screen. */
    public Rule {
        title = title == null ? null : Sanitizer.clean(title);
        rationale = rationale == null ? null : Sanitizer.clean(rationale);
        params = params == null ? Map.of() : Map.copyOf(cleanTexts(params));
        good = good == null ? "" : Sanitizer.clean(good);
        bad = bad == null ? "" : Sanitizer.clean(bad);
    }

    private static Map<String, Object> cleanTexts(Map<String, Object> params) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, v instanceof String s ? Sanitizer.clean(s) : v));
        return out;
    }

    /** A list parameter as strings; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> phrases(String param) {
        Object v = params.get(param);
        if (v instanceof List<?> list) {
            return ((List<Object>) list).stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public double number(String param, double fallback) {
        Object v = params.get(param);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }
}

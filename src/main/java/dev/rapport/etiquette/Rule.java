package dev.rapport.etiquette;

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

    public Rule {
        params = params == null ? Map.of() : Map.copyOf(params);
        good = good == null ? "" : good;
        bad = bad == null ? "" : bad;
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

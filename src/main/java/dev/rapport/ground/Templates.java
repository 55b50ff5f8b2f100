package dev.rapport.ground;

import java.util.Map;
import java.util.Properties;

/** The sentences in details.properties, filled in by name: "{org}" becomes the organisation. */
final class Templates {
    private static final Properties TEXT = Resources.properties("details.properties");

    private Templates() {
    }

    static String render(String key, Map<String, String> values) {
        String template = text(key);
        for (Map.Entry<String, String> v : values.entrySet()) {
            template = template.replace("{" + v.getKey() + "}", v.getValue());
        }
        return template;
    }

    static String text(String key) {
        String t = TEXT.getProperty(key);
        if (t == null) {
            throw new IllegalStateException("details.properties has no sentence for " + key);
        }
        return t;
    }

    /** "a", "a and b", "a, b and c". */
    static String list(java.util.List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + text("list.and") + items.get(items.size() - 1);
    }
}

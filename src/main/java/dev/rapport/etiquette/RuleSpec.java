package dev.rapport.etiquette;

import java.util.Map;

/**
 * One rule as written in a YAML file, before validation. Every field may be missing because a
 * user's file only states what it changes; {@code extend} appends to list parameters instead of
 * replacing them.
 */
record RuleSpec(String id, String level, String title, String rationale, String severity, Boolean enabled,
                Map<String, Object> params, Map<String, Object> extend, String good, String bad) {
}

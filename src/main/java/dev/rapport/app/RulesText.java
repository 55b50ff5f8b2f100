package dev.rapport.app;

import dev.rapport.etiquette.Rule;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.text.Wrap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the rule set for `rapport rules` and /rules: a table of every rule, or one rule explained. */
public final class RulesText {
    private static final int SAMPLE = 3;
    /** A rule's {@code patterns-in-words} list says in plain words what its {@code patterns} match. */
    static final String IN_WORDS = "-in-words";
    private final Styler style;

    public RulesText(Styler style) {
        this.style = style;
    }

    public String list(RuleSet rules) {
        long enabled = rules.all().stream().filter(Rule::enabled).count();
        StringBuilder out = new StringBuilder(Messages.get("rules.header", enabled)).append('\n');
        int width = rules.all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (Rule r : rules.all()) {
            String line = String.format(Locale.ROOT, "  %-" + width + "s  %-10s  %-7s  %s", r.id(), level(r),
                    r.severity().id(), r.title());
            String padded = String.format(Locale.ROOT, "  %-" + width + "s  %-10s  ", r.id(), level(r));
            String sev = String.format(Locale.ROOT, "%-7s", r.severity().id());
            if (!r.enabled()) {
                out.append(style.dim(line + "  (" + Messages.get("rules.disabled") + ")"));
            } else {
                out.append(padded).append(style.severity(r.severity(), sev)).append("  ").append(r.title());
            }
            out.append('\n');
        }
        return out.toString();
    }

    public String explain(Rule r) {
        StringBuilder out = new StringBuilder();
        String disabled = r.enabled() ? "" : ", " + Messages.get("rules.disabled");
        out.append(Messages.get("rules.explain.head", style.bold(r.title()), r.id(), level(r),
                " " + style.severity(r.severity(), r.severity().id()) + disabled)).append("\n\n");
        out.append(Messages.get("rules.explain.rationale")).append('\n').append(wrap(r.rationale())).append("\n\n");
        if (!r.params().isEmpty()) {
            out.append(Messages.get("rules.explain.params")).append('\n');
            for (Map.Entry<String, Object> e : r.params().entrySet()) {
                String line;
                if (e.getKey().endsWith(IN_WORDS)) {
                    continue; // shown in place of the patterns they describe
                }
                if (isPatterns(e.getKey()) && e.getValue() instanceof List<?> regexes) {
                    out.append(patterns(r, e.getKey(), regexes.size()));
                    continue;
                }
                if (e.getValue() instanceof List<?> list) {
                    List<String> sample = list.stream().limit(SAMPLE).map(v -> "“" + v + "”").toList();
                    line = Messages.get("rules.explain.list", e.getKey(), list.size(),
                            String.join(", ", sample) + (list.size() > SAMPLE ? ", …" : ""));
                } else {
                    line = Messages.get("rules.explain.value", e.getKey(), String.valueOf(e.getValue()));
                }
                out.append("  ").append(line).append('\n');
            }
            out.append('\n');
        }
        if (!r.good().isBlank()) {
            out.append(Messages.get("rules.explain.good")).append('\n').append(wrap(r.good())).append('\n');
        }
        if (!r.bad().isBlank()) {
            out.append(Messages.get("rules.explain.bad")).append('\n').append(wrap(r.bad())).append('\n');
        }
        return out.toString();
    }

    /** Regular expressions are for the matcher, not for people: their plain-words list, or only how many there are. */
    private static String patterns(Rule r, String key, int count) {
        List<String> words = r.phrases(key + IN_WORDS);
        if (words.isEmpty()) {
            return "  " + Messages.get("rules.explain.patterns-only", key, count) + '\n';
        }
        StringBuilder out = new StringBuilder("  ").append(Messages.get("rules.explain.patterns", key, count)).append('\n');
        for (String w : words) {
            out.append(Wrap.wrap(w, CritiqueText.WIDTH + 2, "    • ", "      ")).append('\n');
        }
        return out.toString();
    }

    private static boolean isPatterns(String key) {
        return key.equals("patterns") || key.endsWith("-patterns");
    }

    private static String level(Rule r) {
        return Messages.get(r.level() == Rule.Level.NOTE ? "rules.level.note" : "rules.level.connection");
    }

    private static String wrap(String text) {
        return Wrap.wrap(text.strip().replaceAll("\\s+", " "), CritiqueText.WIDTH + 2, "  ");
    }
}

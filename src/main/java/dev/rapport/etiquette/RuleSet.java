package dev.rapport.etiquette;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The etiquette rules in force: the built-in YAML resource, possibly adjusted by a user's file
 * ({@link #overlay}). The rules are data; the checks that interpret them live in
 * {@link NoteRules} and {@link ConnectionJudge}.
 */
public final class RuleSet {
    static final String RESOURCE = "/dev/rapport/etiquette/rules.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static volatile RuleSet builtIn;

    private final Map<String, Rule> rules;
    private final int defaultLimit;
    private final Messages messages;

    private RuleSet(Map<String, Rule> rules, int defaultLimit, Messages messages) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.defaultLimit = defaultLimit;
        this.messages = messages;
    }

    /** The rules shipped with rapport; read once. A broken resource throws a {@link RapportException}. */
    public static RuleSet builtIn() {
        RuleSet set = builtIn;
        if (set == null) {
            synchronized (RuleSet.class) {
                if (builtIn == null) {
                    builtIn = fromResource(RESOURCE);
                }
                set = builtIn;
            }
        }
        return set;
    }

    static RuleSet fromResource(String resource) {
        try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RapportException("built-in " + resource + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + resource);
        } catch (IOException e) {
            throw new RapportException("built-in " + resource + ": " + e.getMessage(), RapportException.INPUT, e);
        }
    }

    /** A complete rule set from YAML text; {@code source} names it in error messages. */
    public static RuleSet parse(String yaml, String source) {
        RuleFile file = read(yaml, source);
        if (file.rules() == null || file.rules().isEmpty()) {
            throw new RapportException(source + ": no rules");
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleSpec spec : file.rules()) {
            Rule rule = create(spec, source);
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw new RapportException(source + ": rule '" + rule.id() + "' appears twice");
            }
        }
        return new RuleSet(rules, limit(file, 300, source), Messages.builtIn());
    }

    /**
     * These rules adjusted by a user's YAML: a rule that exists is changed only in the fields the
     * file states ({@code params} entries replace, {@code extend} entries append to lists); a new
     * id adds a rule, which for notes is a plain phrase/pattern rule.
     */
    public RuleSet overlay(String yaml, String source) {
        RuleFile file = read(yaml, source);
        Map<String, Rule> merged = new LinkedHashMap<>(rules);
        for (RuleSpec spec : file.rules() == null ? List.<RuleSpec>of() : file.rules()) {
            if (spec == null || spec.id() == null || spec.id().isBlank()) {
                throw new RapportException(source + ": a rule has no id");
            }
            Rule old = merged.get(spec.id());
            merged.put(spec.id(), old == null ? create(spec, source) : merge(old, spec, source));
        }
        return new RuleSet(merged, limit(file, defaultLimit, source), messages);
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** A rule the code depends on; its absence is a broken rule set. */
    Rule require(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new RapportException("the rule set has no rule '" + id + "'");
        }
        return rule;
    }

    public boolean enabled(String id) {
        return rule(id).map(Rule::enabled).orElse(false);
    }

    /** Every rule in file order. */
    public Collection<Rule> all() {
        return rules.values();
    }

    public List<Rule> level(Rule.Level level) {
        return rules.values().stream().filter(r -> r.level() == level).toList();
    }

    /** The default note limit in characters (300; 200 for free accounts is chosen per call). */
    public int defaultLimit() {
        return defaultLimit;
    }

    Messages messages() {
        return messages;
    }

    private static RuleFile read(String yaml, String source) {
        try {
            RuleFile file = YAML.readValue(yaml == null ? "" : yaml, RuleFile.class);
            if (file == null) {
                throw new RapportException(source + ": the file is empty");
            }
            return file;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : ", line " + at.getLineNr();
            throw new RapportException(source + where + ": " + oneLine(e), RapportException.INPUT, e);
        }
    }

    static String oneLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        m = m == null ? e.getClass().getSimpleName() : m.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static int limit(RuleFile file, int fallback, String source) {
        if (file.noteLimit() == null) {
            return fallback;
        }
        if (file.noteLimit() <= 0) {
            throw new RapportException(source + ": note-limit must be a positive number");
        }
        return file.noteLimit();
    }

    private static Rule create(RuleSpec spec, String source) {
        if (spec == null || spec.id() == null || !ID.matcher(spec.id()).matches()) {
            throw new RapportException(source + ": rule id '" + (spec == null ? null : spec.id())
                    + "' must be lower-case words joined by hyphens");
        }
        String where = source + ": rule '" + spec.id() + "'";
        Rule.Level level = level(spec.level(), where);
        Severity severity = severity(spec.severity(), where);
        if (blank(spec.title())) {
            throw new RapportException(where + " has no title");
        }
        if (spec.extend() != null && !spec.extend().isEmpty()) {
            throw new RapportException(where + ": 'extend' only applies to an existing rule");
        }
        Rule rule = new Rule(spec.id(), level, spec.title().strip(), spec.rationale() == null ? "" : spec.rationale().strip(),
                severity, spec.enabled() == null || spec.enabled(), params(spec.params(), where), spec.good(), spec.bad());
        validate(rule, where);
        return rule;
    }

    private static Rule merge(Rule old, RuleSpec spec, String source) {
        String where = source + ": rule '" + old.id() + "'";
        if (spec.level() != null && level(spec.level(), where) != old.level()) {
            throw new RapportException(where + ": the level of a built-in rule cannot change");
        }
        Map<String, Object> params = new LinkedHashMap<>(old.params());
        params.putAll(params(spec.params(), where));
        params(spec.extend(), where).forEach((key, more) -> {
            Object current = params.get(key);
            if (!(more instanceof List<?> add) || (current != null && !(current instanceof List<?>))) {
                throw new RapportException(where + ": extend." + key + " must add a list to a list");
            }
            List<Object> joined = new ArrayList<>(current == null ? List.of() : (List<?>) current);
            joined.addAll(add);
            params.put(key, List.copyOf(joined));
        });
        Rule rule = new Rule(old.id(), old.level(),
                blank(spec.title()) ? old.title() : spec.title().strip(),
                blank(spec.rationale()) ? old.rationale() : spec.rationale().strip(),
                spec.severity() == null ? old.severity() : severity(spec.severity(), where),
                spec.enabled() == null ? old.enabled() : spec.enabled(),
                params,
                spec.good() == null ? old.good() : spec.good(),
                spec.bad() == null ? old.bad() : spec.bad());
        validate(rule, where);
        return rule;
    }

    /** Checks what would otherwise only fail when a note is checked: regexes compile, plain rules have something to match. */
    private static void validate(Rule rule, String where) {
        rule.params().forEach((key, value) -> {
            if (key.equals("patterns") || key.endsWith("-patterns")) {
                for (String regex : rule.phrases(key)) {
                    try {
                        Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        throw new RapportException(where + ": pattern '" + regex + "' is not a valid regular expression ("
                                + e.getDescription() + ")");
                    }
                }
            }
        });
        if (rule.level() == Rule.Level.NOTE && !NoteRules.hasOwnLogic(rule.id())
                && rule.phrases("phrases").isEmpty() && rule.phrases("patterns").isEmpty()) {
            throw new RapportException(where + ": a custom note rule needs 'phrases' or 'patterns' in params");
        }
    }

    /** Deeply immutable params; nulls are refused so that a typo cannot silently empty a list. */
    private static Map<String, Object> params(Map<String, Object> raw, String where) {
        if (raw == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (value == null) {
                throw new RapportException(where + ": parameter '" + key + "' has no value");
            }
            if (value instanceof List<?> list) {
                if (list.stream().anyMatch(v -> v == null || v instanceof Map<?, ?> || v instanceof List<?>)) {
                    throw new RapportException(where + ": parameter '" + key + "' must be a list of plain values");
                }
                out.put(key, List.copyOf(list));
            } else if (value instanceof Map<?, ?>) {
                throw new RapportException(where + ": parameter '" + key + "' must be a value or a list");
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    private static Rule.Level level(String raw, String where) {
        if (raw == null) {
            throw new RapportException(where + " has no level (connection or note)");
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "connection" -> Rule.Level.CONNECTION;
            case "note" -> Rule.Level.NOTE;
            default -> throw new RapportException(where + ": level '" + raw + "' is not connection or note");
        };
    }

    private static Severity severity(String raw, String where) {
        if (raw == null) {
            throw new RapportException(where + " has no severity (info, warning or error)");
        }
        for (Severity s : Severity.values()) {
            if (s.id().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new RapportException(where + ": severity '" + raw + "' is not info, warning or error");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package dev.rapport.etiquette;

import dev.rapport.text.BuiltIn;
import dev.rapport.text.Words;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rapport.RapportException;
import dev.rapport.text.Honorifics;
import java.io.IOException;
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
    private static final String WRONG_NAME = "wrong-name";
    private static final String HONORIFICS = "honorifics";
    static final String RESOURCE = "/dev/rapport/etiquette/rules.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static volatile RuleSet builtIn;
    /** LinkedIn's notes are at most 300 characters; below 50 no note says anything. */
    public static final int MIN_LIMIT = 50;
    public static final int MAX_LIMIT = 300;

    private final Map<String, Rule> rules;
    private final int defaultLimit;
    private final Messages messages;
    private final RegexGuard guard;

    private RuleSet(Map<String, Rule> rules, int defaultLimit, Messages messages, RegexGuard guard) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.defaultLimit = defaultLimit;
        this.messages = messages;
        this.guard = guard;
    }

    /** The same rules (the very same map) over another guard. */
    private RuleSet(RuleSet same, RegexGuard guard) {
        this.rules = same.rules;
        this.defaultLimit = same.defaultLimit;
        this.messages = same.messages;
        this.guard = guard;
    }

    /** Where patterns that blew their matching budget are recorded and reported; shared with every overlay. */
    public RegexGuard guard() {
        return guard;
    }

    /** The same rules with an account of runaway patterns of their own (a front end listens to it). */
    public RuleSet withOwnGuard() {
        return new RuleSet(this, new RegexGuard());
    }

    /** The id of the (first) rule whose params list {@code regex}. */
    String ownerOf(String regex) {
        for (Rule rule : rules.values()) {
            for (Object value : rule.params().values()) {
                if (value instanceof List<?> list && list.contains(regex)) {
                    return rule.id();
                }
            }
        }
        return "?";
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

    /** A built-in rules file: its JSON twin from the build when there is one, else the YAML itself. */
    static RuleSet fromResource(String resource) {
        String source = "built-in " + resource;
        Optional<RuleFile> compiled;
        try {
            compiled = BuiltIn.compiled(resource, RuleFile.class);
        } catch (IOException e) {
            throw new RapportException(source + ": " + oneLine(e), RapportException.INPUT, e);
        }
        return parse(compiled.isPresent()
                ? RuleFileReader.bound(compiled.get(), source, () -> BuiltIn.text(resource))
                : RuleFileReader.read(BuiltIn.text(resource), source));
    }

    /** A complete rule set from YAML text; {@code source} names it in error messages. */
    public static RuleSet parse(String yaml, String source) {
        return parse(RuleFileReader.read(yaml, source));
    }

    private static RuleSet parse(RuleFileReader.Read read) {
        RuleFile file = read.file();
        if (file.rules() == null || file.rules().isEmpty()) {
            throw read.error("", "no-rules", Map.of());
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (int i = 0; i < file.rules().size(); i++) {
            RuleSpec spec = file.rules().get(i);
            Rule rule = create(spec, read.at(i));
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw read.at(i).error("id", "duplicate", Map.of());
            }
        }
        return new RuleSet(rules, limit(file, MAX_LIMIT, read), Messages.builtIn(), new RegexGuard());
    }

    /**
     * These rules adjusted by a user's YAML: a rule that exists is changed only in the fields the
     * file states ({@code params} entries replace, {@code extend} entries append to lists); a new
     * id adds a rule, which for notes is a plain phrase/pattern rule. The whole file is validated
     * before anything is returned, so a bad file never leaves a half-applied rule set.
     */
    public RuleSet overlay(String yaml, String source) {
        RuleFileReader.Read read = RuleFileReader.read(yaml, source);
        RuleFile file = read.file();
        Map<String, Rule> merged = new LinkedHashMap<>(rules);
        List<RuleSpec> specs = file.rules() == null ? List.of() : file.rules();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            RuleSpec spec = specs.get(i);
            RuleFileReader.At at = read.at(i);
            if (spec == null || spec.id() == null || spec.id().isBlank()) {
                throw at.error("", "no-id", Map.of());
            }
            if (!seen.add(spec.id())) {
                throw at.rule(spec.id()).error("id", "duplicate", Map.of());
            }
            Rule old = merged.get(spec.id());
            if (old == null && spec.level() == null) {
                // Without a level this cannot be a new rule: most likely a misspelt built-in id.
                throw at.rule(spec.id()).error("id", "unknown-rule", Map.of("hint", hint(closestId(spec.id(), merged.keySet()))));
            }
            merged.put(spec.id(), old == null ? create(spec, at) : merge(old, spec, at));
        }
        return new RuleSet(merged, limit(file, defaultLimit, read), messages, guard.child());
    }

    /** The known rule id nearest in spelling to {@code id} (for "did you mean"), or empty when there are no rules. */
    public Optional<String> closestId(String id) {
        return closestId(id, rules.keySet());
    }

    private static Optional<String> closestId(String id, Collection<String> ids) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Words.nearest(wanted, ids);
    }

    private String hint(Optional<String> closest) {
        return closest.map(c -> Messages.builtIn().error("did-you-mean", Map.of("id", c))).orElse("");
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

    static String oneLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        m = m == null ? "not valid" : m.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static int limit(RuleFile file, int fallback, RuleFileReader.Read read) {
        if (file.noteLimit() == null) {
            return fallback;
        }
        if (file.noteLimit() < MIN_LIMIT || file.noteLimit() > MAX_LIMIT) {
            throw read.error("note-limit", "note-limit", Map.of());
        }
        return file.noteLimit();
    }

    private static Rule create(RuleSpec spec, RuleFileReader.At at) {
        if (spec == null || spec.id() == null || !ID.matcher(spec.id()).matches()) {
            throw at.error("id", "bad-id", Map.of("id", String.valueOf(spec == null ? null : spec.id())));
        }
        at = at.rule(spec.id());
        Rule.Level level = level(spec.level(), at);
        Severity severity = severity(spec.severity(), at);
        if (blank(spec.title())) {
            throw at.error("", "no-title", Map.of());
        }
        if (spec.extend() != null && !spec.extend().isEmpty()) {
            throw at.error("extend", "extend-new", Map.of());
        }
        Map<String, Object> params = params(spec.params(), at, "params");
        if (spec.id().equals(WRONG_NAME) && !params.containsKey(HONORIFICS)) {
            // the titles come from the one gazetteer; a rules file's `params:` replaces and `extend:` adds to them
            params = new LinkedHashMap<>(params);
            params.put(HONORIFICS, Honorifics.words());
        }
        Rule rule = new Rule(spec.id(), level, spec.title().strip(), spec.rationale() == null ? "" : spec.rationale().strip(),
                severity, spec.enabled() == null || spec.enabled(), params, spec.good(), spec.bad());
        validate(rule, at);
        return rule;
    }

    private static Rule merge(Rule old, RuleSpec spec, RuleFileReader.At at) {
        RuleFileReader.At here = at.rule(old.id());
        if (spec.level() != null && level(spec.level(), here) != old.level()) {
            throw here.error("level", "level-change", Map.of());
        }
        Map<String, Object> params = new LinkedHashMap<>(old.params());
        Map<String, Object> given = params(spec.params(), here, "params");
        given.forEach((key, value) -> {
            // "min-strenght: 0.2" was taken silently as a new parameter, and "base: high" as a value the rule then read as
            // none (a new user's rule files): a near miss of the rule's own parameter, and a word for a number, are refused
            Object known = old.params().get(key);
            if (known == null) {
                Words.nearest(key, old.params().keySet()).filter(near -> Words.distance(key, near) <= 2).ifPresent(near -> {
                    throw here.error("params." + key, "unknown-param", Map.of("key", key, "near", near));
                });
            } else if (known instanceof Number && !(value instanceof Number)) {
                throw here.error("params." + key, "bad-number", Map.of("key", key, "value", String.valueOf(value)));
            }
        });
        params.putAll(given);
        params(spec.extend(), here, "extend").forEach((key, more) -> {
            Object current = params.get(key);
            if (!(more instanceof List<?> add) || (current != null && !(current instanceof List<?>))) {
                throw here.error("extend." + key, "extend-list", Map.of("key", key));
            }
            List<Object> joined = new ArrayList<>(current == null ? List.of() : (List<?>) current);
            joined.addAll(add);
            params.put(key, List.copyOf(joined));
        });
        Rule rule = new Rule(old.id(), old.level(),
                blank(spec.title()) ? old.title() : spec.title().strip(),
                blank(spec.rationale()) ? old.rationale() : spec.rationale().strip(),
                spec.severity() == null ? old.severity() : severity(spec.severity(), here),
                spec.enabled() == null ? old.enabled() : spec.enabled(),
                params,
                spec.good() == null ? old.good() : spec.good(),
                spec.bad() == null ? old.bad() : spec.bad());
        validate(rule, here);
        return rule;
    }

    /** Checks what would otherwise only fail when a note is checked: regexes compile, plain rules have something to match. */
    private static void validate(Rule rule, RuleFileReader.At at) {
        rule.params().forEach((key, value) -> {
            if (key.endsWith("threshold")) {
                double t = value instanceof Number n ? n.doubleValue() : Double.NaN;
                if (!(t >= 0 && t <= 1)) {
                    throw at.errorIn(List.of("params." + key), "bad-threshold", Map.of("key", key, "value", String.valueOf(value)));
                }
            }
            if (key.equals(NoteRules.AMONG_KNOWN) && !NoteRules.AMONG_KNOWN_CHOICES.contains(String.valueOf(value))) {
                throw at.errorIn(List.of("params." + key), "bad-choice", Map.of("key", key, "value", String.valueOf(value),
                        "choices", String.join(" or ", NoteRules.AMONG_KNOWN_CHOICES)));
            }
            if (key.equals("patterns") || key.endsWith("-patterns")) {
                List<String> regexes = rule.phrases(key);
                for (int i = 0; i < regexes.size(); i++) {
                    String regex = regexes.get(i);
                    try {
                        Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        throw at.errorIn(List.of("extend." + key + "[" + i + "]", "params." + key + "[" + i + "]",
                                "extend." + key, "params." + key), "bad-regex",
                                Map.of("pattern", regex, "problem", e.getDescription()));
                    }
                }
            }
        });
        if (rule.level() == Rule.Level.NOTE && !NoteRules.hasOwnLogic(rule.id())
                && rule.phrases("phrases").isEmpty() && rule.phrases("patterns").isEmpty() && rule.phrases(PatternBook.UNTRAINED).isEmpty()) {
            throw at.error("params", "custom-needs-match", Map.of());
        }
    }

    /** Deeply immutable params; nulls are refused so that a typo cannot silently empty a list. */
    private static Map<String, Object> params(Map<String, Object> raw, RuleFileReader.At at, String field) {
        if (raw == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            String path = field + "." + key;
            Map<String, String> vars = Map.of("key", key);
            if (value == null) {
                throw at.error(path, "param-null", vars);
            }
            if (value instanceof List<?> list) {
                if (list.stream().anyMatch(v -> v == null || v instanceof Map<?, ?> || v instanceof List<?>)) {
                    throw at.error(path, "param-list", vars);
                }
                out.put(key, List.copyOf(list));
            } else if (value instanceof Map<?, ?>) {
                throw at.error(path, "param-shape", vars);
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    private static Rule.Level level(String raw, RuleFileReader.At at) {
        if (raw == null) {
            throw at.error("", "no-level", Map.of());
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "connection" -> Rule.Level.CONNECTION;
            case "note" -> Rule.Level.NOTE;
            default -> throw at.error("level", "bad-level", Map.of("value", raw));
        };
    }

    private static Severity severity(String raw, RuleFileReader.At at) {
        if (raw == null) {
            throw at.error("", "no-severity", Map.of());
        }
        for (Severity s : Severity.values()) {
            if (s.id().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw at.error("severity", "bad-severity", Map.of("value", raw));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

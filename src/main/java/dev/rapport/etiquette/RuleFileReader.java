package dev.rapport.etiquette;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.rapport.RapportException;
import dev.rapport.text.YamlReader;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads a rules YAML file and remembers where each value stands in it, so that every complaint,
 * from a syntax error to a misspelt severity, names the file, the line and the column.
 */
final class RuleFileReader {
    private RuleFileReader() {
    }

    /**
     * A file that parsed, with the location of every value by its path ("rules[2].severity"). The
     * locations take a second pass over the text, so they are read only when an error needs one
     * (a good file, the built-in one above all, never pays for them).
     */
    static final class Read {
        private final RuleFile file;
        private final String source;
        private final Supplier<String> text;
        private Map<String, JsonLocation> locations;

        Read(RuleFile file, String source, Supplier<String> text) {
            this.file = file;
            this.source = source;
            this.text = text;
        }

        RuleFile file() {
            return file;
        }

        String source() {
            return source;
        }

        synchronized Map<String, JsonLocation> locations() {
            if (locations == null) {
                locations = RuleFileReader.locations(text.get());
            }
            return locations;
        }

        At at(int ruleIndex) {
            return new At(this, "rules[" + ruleIndex + "]", null);
        }

        RapportException error(String path, String key, Map<String, String> vars) {
            return new At(this, "", null).error(path, key, vars);
        }
    }

    /** One rule of the file, for error messages; {@code ruleId} once it is known. */
    record At(Read read, String base, String ruleId) {
        At rule(String id) {
            return new At(read, base, id);
        }

        RapportException error(String field, String key, Map<String, String> vars) {
            return errorIn(List.of(field), key, vars);
        }

        /** An error located at the first of {@code fields} the file has, else at the rule itself. */
        RapportException errorIn(List<String> fields, String key, Map<String, String> vars) {
            JsonLocation where = fields.stream().map(this::path).map(read.locations()::get)
                    .filter(Objects::nonNull).findFirst()
                    .orElse(read.locations().get(base));
            String prefix = ruleId == null ? "" : messages().error("in-rule", Map.of("id", ruleId));
            return located(read.source(), where, prefix + messages().error(key, vars));
        }

        private String path(String field) {
            if (field.isEmpty()) {
                return base;
            }
            return base.isEmpty() ? field : base + "." + field;
        }
    }

    static Read read(String yaml, String source) {
        String text = yaml == null ? "" : yaml;
        RuleFile file;
        try {
            file = YamlReader.MAPPER.readValue(text, RuleFile.class);
        } catch (UnrecognizedPropertyException e) {
            JsonLocation key = locations(text).get(path(e.getPath()) + "#key");
            throw located(source, key != null ? key : e.getLocation(), messages().error("unknown-key", Map.of(
                    "key", e.getPropertyName(), "expected", known(e.getKnownPropertyIds()))));
        } catch (MismatchedInputException e) {
            String path = path(e.getPath());
            String message = path.isEmpty()
                    ? messages().error("not-a-rules-file", Map.of())
                    : messages().error("wrong-type", Map.of("key", path, "expected", expected(e.getTargetType())));
            throw located(source, e.getLocation(), message);
        } catch (JsonProcessingException e) {
            MarkedYAMLException y = yamlCause(e);
            if (y != null && y.getProblemMark() != null) {
                YamlSyntax plain = YamlSyntax.of(y).orElse(null);
                if (plain != null) {
                    throw located(source, plain.at(), messages().error(plain.key(), plain.vars()));
                }
                // a kind with no plain words: SnakeYAML's, pointing at where the unfinished thing began
                String detail = (y.getContext() == null ? "" : y.getContext() + ": ") + y.getProblem();
                var mark = y.getContextMark() != null ? y.getContextMark() : y.getProblemMark();
                throw located(source, YamlSyntax.location(mark), messages().error("syntax", Map.of("detail", detail)));
            }
            throw located(source, e.getLocation(), messages().error("syntax", Map.of("detail", RuleSet.oneLine(e))));
        }
        if (file == null) {
            throw located(source, null, messages().error("empty", Map.of()));
        }
        return new Read(file, source, () -> text);
    }

    /**
     * A file the build has already bound (the built-in rules, from their JSON twin): no YAML is parsed
     * unless an error needs a location, which then comes from {@code yaml}, the file as written.
     */
    static Read bound(RuleFile file, String source, Supplier<String> yaml) {
        if (file == null) {
            throw located(source, null, messages().error("empty", Map.of()));
        }
        return new Read(file, source, yaml);
    }

    private static MarkedYAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    static RapportException located(String source, JsonLocation at, String message) {
        String where = at == null || at.getLineNr() < 1 ? ""
                : messages().error("at", Map.of("line", Integer.toString(at.getLineNr()),
                        "column", Integer.toString(Math.max(1, at.getColumnNr()))));
        return new RapportException(source + where + ": " + message, RapportException.INPUT, null);
    }

    private static Messages messages() {
        return Messages.builtIn();
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        String key;
        if (type == null) {
            key = "type-value";
        } else if (CharSequence.class.isAssignableFrom(type)) {
            key = "type-text";
        } else if (type == Integer.class || type == int.class || type == Long.class) {
            key = "type-number";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "type-boolean";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            key = "type-list";
        } else if (Map.class.isAssignableFrom(type) || type == RuleSpec.class || type == RuleFile.class) {
            key = "type-mapping";
        } else {
            key = "type-value";
        }
        return messages().error(key, Map.of());
    }

    /** Where each value of a parsed document starts, by path. */
    private static Map<String, JsonLocation> locations(String yaml) {
        Map<String, JsonLocation> out = new HashMap<>();
        try (JsonParser p = YamlReader.MAPPER.getFactory().createParser(yaml)) {
            if (p.nextToken() != null) {
                walk(p, "", out);
            }
        } catch (IOException e) {
            // a document that breaks part-way keeps the locations read so far; errors still name the file
        }
        return out;
    }

    private static void walk(JsonParser p, String path, Map<String, JsonLocation> out) throws IOException {
        out.putIfAbsent(path, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                out.put(child + "#key", p.currentTokenLocation());
                p.nextToken();
                walk(p, child, out);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                walk(p, path + "[" + i++ + "]", out);
            }
        }
    }
}

package dev.rapport.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the JSON of a built-in resource to its records, as Jackson's default binding would (keys by record
 * component name or {@code @JsonProperty}, an unknown key is an error, a missing one is null or zero, lists are
 * ArrayLists, sets HashSets, maps LinkedHashMaps, {@code Object} is the plain JSON value, a number read as
 * text keeps its written form), in some two hundred lines of code instead of Jackson's data binding: on a cold
 * JVM that machinery, run once per resource, cost a fifth of a `check`'s main thread. Only for rapport's own
 * resources, whose types use nothing else. One difference, on purpose: a YAML 1.1 word such as "no" or "on"
 * is that word, except where the field is a boolean (Jackson would make it a boolean in a list of words too).
 */
final class RecordBinder {
    /** The YAML 1.1 words for true and false that the YAML parser accepts. */
    private static final Map<String, Boolean> YAML_BOOLEANS = Map.ofEntries(
            Map.entry("yes", true), Map.entry("Yes", true), Map.entry("YES", true), Map.entry("on", true),
            Map.entry("On", true), Map.entry("ON", true), Map.entry("True", true), Map.entry("TRUE", true),
            Map.entry("no", false), Map.entry("No", false), Map.entry("NO", false), Map.entry("off", false),
            Map.entry("Off", false), Map.entry("OFF", false), Map.entry("False", false), Map.entry("FALSE", false));

    /** A number as written and as read. */
    private record Num(String text, Number value) {
    }

    private RecordBinder() {
    }

    /** The next JSON value of the parser as maps, lists, strings, numbers, booleans and nulls. */
    static Object read(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            return null;
        }
        return value(p, t);
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(value(p, e));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(p.getText(), p.getNumberValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                // the YAML parser reads "no", "on", "off" and "yes" as booleans too: in a list of words they are words
                return p.getText().equals("true") || p.getText().equals("false") ? Boolean.valueOf(t == JsonToken.VALUE_TRUE)
                        : p.getText();
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + t + " at " + p.currentLocation());
        }
    }

    /** {@code value} as an instance of {@code type}; {@code path} names the place in errors. */
    static Object bind(Object value, Type type, String path) throws IOException {
        if (type instanceof ParameterizedType pt) {
            return parameterized(value, pt, path);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IOException(path + ": cannot bind to " + type);
        }
        if (value == null) {
            return c.isPrimitive() ? zero(c) : null;
        }
        if (c == Object.class) {
            return plain(value);
        }
        if (c == String.class) {
            if (value instanceof Map || value instanceof List) {
                throw new IOException(path + ": expected text");
            }
            return value instanceof Num n ? n.text() : value.toString();
        }
        if (c == double.class || c == Double.class) {
            return number(value, path).doubleValue();
        }
        if (c == float.class || c == Float.class) {
            return number(value, path).floatValue();
        }
        if (c == int.class || c == Integer.class) {
            return number(value, path).intValue();
        }
        if (c == long.class || c == Long.class) {
            return number(value, path).longValue();
        }
        if (c == boolean.class || c == Boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String word && YAML_BOOLEANS.containsKey(word)) {
                return YAML_BOOLEANS.get(word);
            }
            throw new IOException(path + ": expected true or false");
        }
        if (c.isEnum()) {
            return constant(c, value, path);
        }
        if (c.isRecord()) {
            return record(value, c, path);
        }
        if (c == List.class || c == Collection.class || c == Set.class || c == Map.class) {
            return parameterized(value, new Raw(c), path);
        }
        throw new IOException(path + ": cannot bind to " + c.getName());
    }

    private static Object parameterized(Object value, ParameterizedType type, String path) throws IOException {
        if (value == null) {
            return null;
        }
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] args = type.getActualTypeArguments();
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            if (!(value instanceof List<?> list)) {
                throw new IOException(path + ": expected a list");
            }
            Collection<Object> out = raw == Set.class ? new HashSet<>() : new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(bind(list.get(i), args[0], path + "[" + i + "]"));
            }
            return out;
        }
        if (raw == Map.class) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IOException(path + ": expected a mapping");
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = (String) e.getKey();
                Object k = args[0] instanceof Class<?> kc && kc.isEnum() ? constant(kc, key, path + "." + key) : key;
                out.put(k, bind(e.getValue(), args[1], path + "." + key));
            }
            return out;
        }
        throw new IOException(path + ": cannot bind to " + type);
    }

    private static Object record(Object value, Class<?> type, String path) throws IOException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IOException(path + ": expected a mapping");
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Integer> index = new LinkedHashMap<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            // @JsonProperty cannot sit on a record component: Java puts it on the component's field
            JsonProperty named = named(type, components[i]);
            index.put(named != null && !named.value().isEmpty() ? named.value() : components[i].getName(), i);
            types[i] = components[i].getType();
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = types[i].isPrimitive() ? zero(types[i]) : null;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Integer i = index.get((String) e.getKey());
            String at = path.isEmpty() ? (String) e.getKey() : path + "." + e.getKey();
            if (i == null) {
                throw new IOException(at + ": unknown key (expected one of " + String.join(", ", index.keySet()) + ")");
            }
            args[i] = bind(e.getValue(), components[i].getGenericType(), at);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IOException((path.isEmpty() ? type.getSimpleName() : path) + ": " + cause, cause);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException((path.isEmpty() ? type.getSimpleName() : path) + ": cannot make " + type.getName(), e);
        }
    }

    private static JsonProperty named(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** A JSON value with every number as the number Jackson would give an {@code Object}. */
    private static Object plain(Object value) {
        if (value instanceof Num n) {
            return n.value();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        return value;
    }

    private static Number number(Object value, String path) throws IOException {
        if (value instanceof Num n) {
            return n.value();
        }
        throw new IOException(path + ": expected a number");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> type, Object value, String path) throws IOException {
        if (value instanceof String name) {
            try {
                return Enum.valueOf((Class) type, name);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new IOException(path + ": not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static Object zero(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == double.class) {
            return 0.0;
        }
        if (primitive == float.class) {
            return 0.0f;
        }
        if (primitive == long.class) {
            return 0L;
        }
        return 0;
    }

    /** A raw collection type read as a collection of plain JSON values. */
    private record Raw(Class<?> raw) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return raw == Map.class ? new Type[] {String.class, Object.class} : new Type[] {Object.class};
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}

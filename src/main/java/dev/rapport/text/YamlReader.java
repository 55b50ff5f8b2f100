package dev.rapport.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The one YAML mapper, for the files people write (a {@code --rules} file, {@code config.yaml}) and for a
 * built-in resource that has no JSON twin. A class of its own so that the YAML parser (SnakeYAML and
 * Jackson's YAML format, some 300 classes) loads only when such a file is read, never on a plain
 * {@code check}.
 */
public final class YamlReader {
    /** Default binding: an unknown key is an error. */
    public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private YamlReader() {
    }
}

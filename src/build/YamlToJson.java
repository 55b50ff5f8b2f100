import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step (Maven's process-resources phase, run with Java's source launcher): every built-in
 * {@code *.yaml} resource under the given folder gets a {@code *.json} twin with the same tokens, so that
 * rapport reads its own resources with plain JSON at run time and never loads a YAML parser for them
 * ({@code dev.rapport.text.BuiltIn}). Numbers keep their written form ("0.40" stays 0.40); a YAML 1.1 word
 * that the YAML parser reads as a boolean ("no", "on", "off", "yes") stays the word, as a string, because in
 * rapport's lists it is a word ("no" in a list of stopwords), and the binder reads it as a boolean where a
 * field is one. A number JSON cannot write as written (0x10, 1_000, .5) fails the build, naming the file.
 * A twin newer than its YAML is left alone.
 * Usage: java -cp CLASSPATH src/build/YamlToJson.java target/classes
 */
public final class YamlToJson {
    private YamlToJson() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/classes");
        YAMLFactory yaml = new YAMLFactory();
        JsonFactory json = new JsonFactory();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
        int written = 0;
        for (Path source : sources) {
            Path target = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.yaml$", ".json"));
            if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) > 0) {
                continue;
            }
            Path partial = target.resolveSibling(target.getFileName() + ".tmp");
            try (JsonParser in = yaml.createParser(source.toFile());
                 JsonGenerator out = json.createGenerator(partial.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                copy(in, out);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw new IOException(source + ": " + e.getMessage(), e);
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            written++;
        }
        if (written > 0) {
            System.out.println("YamlToJson: " + written + " of " + sources.size() + " YAML resources written as JSON under " + root);
        }
    }

    private static final java.util.regex.Pattern JSON_NUMBER =
            java.util.regex.Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    /** Every token of the (single) document, numbers in their written form. */
    private static void copy(JsonParser in, JsonGenerator out) throws IOException {
        for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
            switch (t) {
                case START_OBJECT -> out.writeStartObject();
                case END_OBJECT -> out.writeEndObject();
                case START_ARRAY -> out.writeStartArray();
                case END_ARRAY -> out.writeEndArray();
                case FIELD_NAME -> out.writeFieldName(in.currentName());
                case VALUE_STRING -> out.writeString(in.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    if (!JSON_NUMBER.matcher(in.getText()).matches()) {
                        throw new IOException("write " + in.getText() + " as a plain number or quote it, at " + in.currentLocation());
                    }
                    out.writeNumber(in.getText());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    if (in.getText().equals("true") || in.getText().equals("false")) {
                        out.writeBoolean(t == JsonToken.VALUE_TRUE);
                    } else {
                        out.writeString(in.getText());
                    }
                }
                case VALUE_NULL -> out.writeNull();
                default -> throw new IOException("unexpected " + t + " at " + in.currentLocation());
            }
        }
    }
}

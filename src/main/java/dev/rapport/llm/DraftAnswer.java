package dev.rapport.llm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.List;
import java.util.Optional;

/** The JSON a model answers a draft or refine prompt with: {"notes":[{"text":..,"angle":..}]}. */
public record DraftAnswer(List<Proposed> notes) {

    public record Proposed(String text, String angle) {
    }

    public DraftAnswer {
        notes = notes == null ? List.of() : notes.stream().filter(n -> n != null && n.text() != null).toList();
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The provider-side schema, for providers with a JSON-schema response mode. */
    static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("notes")
                    .rootElement(JsonObjectSchema.builder()
                            .addProperty("notes", JsonArraySchema.builder()
                                    .items(JsonObjectSchema.builder()
                                            .addStringProperty("text")
                                            .addStringProperty("angle")
                                            .required("text", "angle")
                                            .build())
                                    .build())
                            .required("notes")
                            .build())
                    .build())
            .build();

    /**
     * Reads an answer; empty when it is not the JSON asked for. Models without a schema mode often
     * wrap JSON in a code fence or a sentence, so the outermost object is taken.
     */
    public static Optional<DraftAnswer> parse(String answer) {
        return object(answer).flatMap(json -> {
            try {
                DraftAnswer a = JSON.readValue(json, DraftAnswer.class);
                return Optional.ofNullable(a);
            } catch (JacksonException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<String> object(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        return start < 0 || end <= start ? Optional.empty() : Optional.of(answer.substring(start, end + 1));
    }
}

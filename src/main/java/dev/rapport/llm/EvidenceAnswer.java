package dev.rapport.llm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.rapport.purpose.Intent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JSON a model answers the evidence prompt with, as it came, before any check:
 * {@code {"intents":[..], "stated_relationship":{"text","kind"}|null, "negative_facts":[{"text","about"}]}}.
 * A field of the wrong shape makes the whole answer malformed; {@link EvidenceCheck} then judges the content.
 */
record EvidenceAnswer(List<String> intents, Optional<Quote> stated, List<Quote> negative) {

    /** A quoted piece of text with what it is: a relationship's kind, or a negative fact's topic. */
    record Quote(String text, String label) {
    }

    static final List<String> KINDS = List.of("met", "worked", "studied", "volunteered", "referral", "group", "online");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The provider-side schema, for providers with a JSON-schema response mode. */
    static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("evidence")
                    .rootElement(JsonObjectSchema.builder()
                            .addProperty("intents", JsonArraySchema.builder()
                                    .items(JsonEnumSchema.builder().enumValues(labels()).build()).build())
                            .addProperty("stated_relationship", JsonAnyOfSchema.builder().anyOf(
                                    JsonObjectSchema.builder().addStringProperty("text")
                                            .addProperty("kind", JsonEnumSchema.builder().enumValues(KINDS).build())
                                            .required("text", "kind").build(),
                                    new JsonNullSchema()).build())
                            .addProperty("negative_facts", JsonArraySchema.builder()
                                    .items(JsonObjectSchema.builder().addStringProperty("text").addStringProperty("about")
                                            .required("text", "about").build())
                                    .build())
                            .required("intents", "stated_relationship", "negative_facts")
                            .build())
                    .build())
            .build();

    /** The intent labels a model may name (the corpus's names, as in the prompt). */
    static List<String> labels() {
        return Arrays.stream(Intent.values()).map(Intent::label).toList();
    }

    /**
     * Reads an answer; empty when it is not the JSON object asked for (a code fence or a sentence around
     * the object is tolerated, as for drafts). Missing fields mean nothing found; a field of another
     * type, or an entry that is not an object with text, makes the answer malformed.
     */
    static Optional<EvidenceAnswer> parse(String answer) {
        Optional<String> json = DraftAnswer.object(answer);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(json.get());
            if (root == null || !root.isObject()) {
                return Optional.empty();
            }
            JsonNode intents = root.path("intents");
            JsonNode stated = root.path("stated_relationship");
            JsonNode facts = root.path("negative_facts");
            if (!(intents.isMissingNode() || intents.isNull() || intents.isArray())
                    || !(facts.isMissingNode() || facts.isNull() || facts.isArray())
                    || !(stated.isMissingNode() || stated.isNull() || stated.isObject())) {
                return Optional.empty();
            }
            List<String> labels = new ArrayList<>();
            for (JsonNode i : intents) {
                if (!i.isTextual()) {
                    return Optional.empty();
                }
                labels.add(i.asText());
            }
            Optional<Quote> relationship = Optional.empty();
            if (stated.isObject()) {
                Optional<Quote> q = quote(stated, "kind");
                if (q.isEmpty()) {
                    return Optional.empty();
                }
                relationship = q;
            }
            List<Quote> negative = new ArrayList<>();
            for (JsonNode f : facts) {
                Optional<Quote> q = quote(f, "about");
                if (q.isEmpty()) {
                    return Optional.empty();
                }
                negative.add(q.get());
            }
            return Optional.of(new EvidenceAnswer(List.copyOf(labels), relationship, List.copyOf(negative)));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<Quote> quote(JsonNode node, String labelField) {
        if (!node.isObject() || !node.path("text").isTextual()) {
            return Optional.empty();
        }
        JsonNode label = node.path(labelField);
        return Optional.of(new Quote(node.path("text").asText(), label.isTextual() ? label.asText() : ""));
    }
}

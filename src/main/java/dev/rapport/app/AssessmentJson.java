package dev.rapport.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** The stable JSON shape of an assessment; field names are a public contract, so they live here and nowhere else. */
public final class AssessmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public record ReasonJson(String rule, String severity, String message) {
    }

    public record GroundJson(String kind, String detail, double strength) {
    }

    public record NoteJson(String text, int chars, String angle) {
    }

    public record PersonJson(String name, String headline) {
    }

    public record Report(String verdict, int warrant, List<ReasonJson> reasons, List<GroundJson> commonGround,
                         List<NoteJson> notes, List<String> suggestions, List<String> intents,
                         PersonJson me, PersonJson them, String engine, Integer limit) {
    }

    private AssessmentJson() {
    }

    public static Report of(Assessment a, String engine, Integer limit) {
        return new Report(
                a.verdict().decision().id(),
                a.verdict().warrant(),
                a.verdict().reasons().stream().map(r -> new ReasonJson(r.rule(), r.severity().id(), r.message())).toList(),
                a.commonGround().stream()
                        .map(g -> new GroundJson(g.kind().id(), g.detail(), Math.round(g.strength() * 100) / 100.0))
                        .toList(),
                a.notes().stream().map(n -> new NoteJson(n.text(), n.chars(), n.angle())).toList(),
                a.suggestions(),
                a.purpose().intents().stream().map(i -> i.id()).sorted().toList(),
                new PersonJson(a.me().name(), a.me().headline()),
                new PersonJson(a.them().name(), a.them().headline()),
                engine, limit);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}

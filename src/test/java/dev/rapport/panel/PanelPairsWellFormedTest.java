package dev.rapport.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recipient panels (src/test/resources/panel, panel-2 … panel-6, panel-8; the held-aside set is not read here) are well formed: every pair has both
 * profiles and a complete pair.yaml, and every human note fits its limit in code points. This checks
 * the data only; it never drafts or judges, so nothing here can be tuned on the panel.
 */
class PanelPairsWellFormedTest {
    private static final List<Path> SETS = List.of(Path.of("src/test/resources/panel/pairs"),
            Path.of("src/test/resources/panel-2/pairs"), Path.of("src/test/resources/panel-3/pairs"),
            Path.of("src/test/resources/panel-4/pairs"), Path.of("src/test/resources/panel-5/pairs"),
            Path.of("src/test/resources/panel-6/pairs"), Path.of("src/test/resources/panel-8/pairs"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("why", "expect", "limit", "note", "human_note");

    static List<Path> pairs() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (Path set : SETS) {
            all.addAll(pairs(set));
        }
        return all;
    }

    private static List<Path> pairs(Path set) throws IOException {
        try (Stream<Path> s = Files.list(set)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void pairIsComplete(Path pair) throws IOException {
        try (Stream<Path> s = Files.list(pair)) {
            assertThat(s.map(p -> p.getFileName().toString())).as(pair.toString())
                    .contains("them.txt", "pair.yaml")
                    .anyMatch(name -> name.startsWith("me.") || name.equals("me"));
        }
        JsonNode spec = YAML.readTree(pair.resolve("pair.yaml").toFile());
        Set<String> keys = new TreeSet<>();
        spec.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as(pair.toString()).isEqualTo(new TreeSet<>(KEYS));
        assertThat(spec.get("why").asText()).isNotBlank();
        assertThat(spec.get("note").asText()).isNotBlank();
        assertThat(spec.get("limit").asInt()).isIn(200, 300);

        String expect = spec.get("expect").asText();
        assertThat(expect).isIn("connect", "follow-first", "do-not-connect");
        String human = spec.get("human_note").asText();
        if (expect.equals("connect")) {
            assertThat(human).as(pair + ": a connect pair carries the note a person would send").isNotBlank();
            assertThat(human.codePointCount(0, human.length())).as(human).isLessThanOrEqualTo(spec.get("limit").asInt());
        } else {
            assertThat(human).as(pair + ": no note for " + expect).isEmpty();
        }
    }

    @Test
    void firstPanelHasTheAgreedMix() throws IOException {
        Map<String, Long> byVerdict = mix(SETS.get(0));
        assertThat(byVerdict.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(34);
        assertThat(byVerdict.get("connect")).isGreaterThanOrEqualTo(22);
        assertThat(byVerdict.get("follow-first")).isGreaterThanOrEqualTo(6);
        assertThat(byVerdict.get("do-not-connect")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void secondPanelHasTheAgreedMix() throws IOException {
        assertThat(mix(SETS.get(1))).isEqualTo(Map.of("connect", 30L, "follow-first", 6L, "do-not-connect", 4L));
    }

    @Test
    void thirdFourthAndFifthPanelsHaveTheAgreedMix() throws IOException {
        for (Path set : SETS.subList(2, 5)) {
            assertThat(mix(set)).as(set.toString())
                    .isEqualTo(Map.of("connect", 30L, "follow-first", 6L, "do-not-connect", 4L));
        }
    }


    @Test
    void sixthPanelHasTheAgreedMix() throws IOException {
        assertThat(mix(SETS.get(5))).isEqualTo(Map.of("connect", 30L, "follow-first", 6L, "do-not-connect", 4L));
    }

    @Test
    void aSenderGivenAsAnExportFolderHoldsTheExportFiles() throws IOException {
        for (Path pair : pairs()) {
            Path folder = pair.resolve("me");
            if (Files.isDirectory(folder)) {
                assertThat(folder.resolve("Profile.csv")).as(pair.toString()).exists();
            }
        }
    }

    private static Map<String, Long> mix(Path set) throws IOException {
        Map<String, Long> byVerdict = new TreeMap<>();
        for (Path pair : pairs(set)) {
            byVerdict.merge(YAML.readTree(pair.resolve("pair.yaml").toFile()).get("expect").asText(), 1L, Long::sum);
        }
        return byVerdict;
    }
}

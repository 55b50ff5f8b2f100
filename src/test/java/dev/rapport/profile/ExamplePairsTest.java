package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example pairs must all read, and carry the facts their verdicts depend on. */
class ExamplePairsTest {
    private static final Path PAIRS = Path.of("examples", "pairs");
    private static final YearMonth TODAY = YearMonth.of(2026, 11);

    static Stream<Path> profiles() throws IOException {
        try (Stream<Path> pairs = Files.list(PAIRS)) {
            return pairs.sorted().flatMap(pair -> {
                try (Stream<Path> files = Files.list(pair)) {
                    return files.filter(f -> f.getFileName().toString().matches("(me|them)(\\..+)?")).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList().stream();
        }
    }

    @Test
    void thereAreTwelvePairsEachWithMeThemAndPairYaml() throws IOException {
        assertThat(profiles()).hasSize(24);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> pairs = Files.list(PAIRS)) {
            List<Path> all = pairs.toList();
            assertThat(all).hasSize(12);
            for (Path pair : all) {
                JsonNode y = yaml.readTree(pair.resolve("pair.yaml").toFile());
                assertThat(y.path("why").asText()).as(pair + " why").isNotBlank();
                assertThat(y.path("expect").asText()).as(pair + " expect").isIn("connect", "follow-first", "do-not-connect");
                assertThat(y.path("limit").asInt()).as(pair + " limit").isIn(200, 300);
                assertThat(y.path("note").asText()).as(pair + " note").isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyProfileReadsWithAName(Path file) {
        Profile p = ProfileReaders.read(file);
        assertThat(p.name()).isNotBlank();
        assertThat(p.positions()).isNotEmpty();
        assertThat(p.searchableText()).doesNotContain("\u001B").doesNotContain("\r");
    }

    private static Profile read(String pair, String who) throws IOException {
        try (Stream<Path> files = Files.list(PAIRS.resolve(pair))) {
            return ProfileReaders.read(files.filter(f -> f.getFileName().toString().matches(who + "(\\..+)?"))
                    .findFirst().orElseThrow());
        }
    }

    @Test
    void factsTheVerdictsNeedArePresent() throws IOException {
        Profile daniel = read("01-former-colleagues", "me");
        Profile priya = read("01-former-colleagues", "them");
        assertThat(daniel.positions().stream().filter(p -> p.company().equals("Stripewell"))
                .anyMatch(d -> priya.positions().stream().filter(p -> p.company().equals("Stripewell"))
                        .anyMatch(p -> p.dates().overlaps(d.dates(), TODAY)))).isTrue();

        assertThat(read("02-classmates", "me").education().get(0).school()).isEqualTo("Kellogg School of Management");
        assertThat(read("02-classmates", "them").education().get(0).school())
                .isEqualTo("Northwestern University - Kellogg School of Management");
        assertThat(read("03-met-at-meetup", "them").posts()).anyMatch(p -> p.text().contains("On-call fatigue"));
        assertThat(read("04-referral", "me").format()).isEqualTo(SourceFormat.PROSE);
        assertThat(read("05-alumni-advice", "me").prefers(Preference.OPEN_TO_WORK)).isTrue();
        Profile elena = read("06-cold-admirer", "them");
        assertThat(elena.posts()).anyMatch(p -> p.text().contains("accessibility audits"));
        assertThat(elena.prefers(Preference.KNOWN_ONLY)).isTrue();
        Profile rosa = read("07-sap-pitch", "them");
        assertThat(rosa.statements()).anyMatch(s -> s.contains("never used SAP"));
        assertThat(rosa.prefers(Preference.NO_PITCHES)).isTrue();
        assertThat(read("09-no-recruiters", "them").preferences()).containsExactly(Preference.NO_RECRUITERS);
        Profile sofia = read("10-export-colleague", "me");
        assertThat(sofia.format()).isEqualTo(SourceFormat.LINKEDIN_EXPORT);
        assertThat(sofia.volunteering().get(0).dates()
                .overlaps(read("10-export-colleague", "them").volunteering().get(0).dates(), TODAY)).isTrue();
        assertThat(read("11-hiring-open-to-work", "me").prefers(Preference.HIRING)).isTrue();
        Profile ingrid = read("11-hiring-open-to-work", "them");
        assertThat(ingrid.prefers(Preference.OPEN_TO_WORK)).isTrue();
        assertThat(ingrid.skills()).contains("Apache Kafka", "Apache Flink");
        Profile kira = read("12-injected-profile", "them");
        assertThat(kira.about()).contains("Ignore previous instructions").doesNotContain("\u001B");
    }
}

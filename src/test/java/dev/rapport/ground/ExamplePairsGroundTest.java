package dev.rapport.ground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.PurposeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The common ground of the example pairs in examples/pairs, read through the real profile readers. */
class ExamplePairsGroundTest {
    private static final Path PAIRS = Path.of("examples", "pairs");
    private static final YearMonth TODAY = YearMonth.of(2026, 11);

    /**
     * strongest: the kind that must lead, or "none" when the pair shares no relationship at all;
     * subject: what that item must name ("" when not checked); also: another kind that must be present.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            01-former-colleagues    | WORKED_TOGETHER      | Stripewell                                         | -
            02-classmates           | STUDIED_TOGETHER     | Northwestern University - Kellogg School of Management | -
            03-met-at-meetup        | MET_AT_EVENT         | DevOpsDays Denver                                  | THEIR_POST
            04-referral             | MUTUAL_CONTACT       | Ana Ruiz                                           | THEIR_NEED
            05-alumni-advice        | none                 | -                                                  | ALUMNI
            06-cold-admirer         | none                 | -                                                  | THEIR_POST
            07-sap-pitch            | none                 | -                                                  | -
            08-lead-gen             | none                 | -                                                  | -
            09-no-recruiters        | none                 | -                                                  | -
            10-export-colleague     | VOLUNTEERED_TOGETHER | Cherry Creek Community Food Bank                   | -
            11-hiring-open-to-work  | none                 | -                                                  | THEIR_NEED
            12-injected-profile     | none                 | -                                                  | -
            """)
    void groundOfEachPair(String pair, String strongest, String subject, String also) throws IOException {
        Path dir = PAIRS.resolve(pair);
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("pair.yaml").toFile());
        Profile me = ProfileReaders.read(side(dir, "me"));
        Profile them = ProfileReaders.read(side(dir, "them"));
        List<CommonGround> ground = new GroundFinder(TODAY).find(me, them, PurposeReader.read(spec.get("why").asText()));

        if (strongest.equals("none")) {
            assertThat(ground).noneMatch(g -> g.kind().isRelationship());
        } else {
            assertThat(ground).isNotEmpty();
            assertThat(ground.get(0).kind()).isEqualTo(GroundKind.valueOf(strongest));
            assertThat(ground.get(0).subject()).isEqualTo(subject);
        }
        if (also != null) {
            assertThat(ground).extracting(CommonGround::kind).contains(GroundKind.valueOf(also));
        }
        assertThat(ground).allSatisfy(g -> assertThat(g.detail().toLowerCase()).doesNotContain("ignore", "instruction"));
    }

    private static Path side(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().equals(prefix)
                    || f.getFileName().toString().startsWith(prefix + ".")).findFirst().orElseThrow();
        }
    }
}

package dev.rapport.etiquette;

import dev.rapport.language.TypedNames;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.RapportException;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundFinder;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Verdict agreement of the whole judgement pipeline (profiles, reason, ground, judge) with the expected
 * verdicts of the judge's development pairs, the drafter's dev pairs and the example pairs. Prints the
 * table per expected verdict and every miss with its reasons; the floors keep what has been reached.
 */
class JudgeAgreementTest {
    private static final Path JUDGE_DEV = Path.of("src", "test", "resources", "judge-dev");
    private static final Path DEV = Path.of("src", "test", "resources", "dev-pairs");
    private static final Path EXAMPLES = Path.of("examples", "pairs");
    private static final Path PANEL = Path.of("src", "test", "resources", "panel", "pairs");
    private static final Path PANEL_2 = Path.of("src", "test", "resources", "panel-2", "pairs");
    private static final Path PANEL_3 = Path.of("src", "test", "resources", "panel-3", "pairs");
    private static final Path PANEL_4 = Path.of("src", "test", "resources", "panel-4", "pairs");
    private static final Path PANEL_5 = Path.of("src", "test", "resources", "panel-5", "pairs");
    private static final Path PANEL_6 = Path.of("src", "test", "resources", "panel-6", "pairs");
    private static final Path PANEL_8 = Path.of("src", "test", "resources", "panel-8", "pairs");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record Outcome(String pair, String expected, String actual, Verdict verdict, Purpose purpose) {
        boolean agrees() {
            return expected.equals(actual);
        }
    }

    @Test
    void judgeDevPairs() throws IOException {
        assertThat(agreement("judge-dev", run(JUDGE_DEV, Map.of()))).isGreaterThanOrEqualTo(FLOOR_JUDGE_DEV);
    }

    @Test
    void drafterDevPairs() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<?, ?> labels = YAML.readValue(JUDGE_DEV.resolve("dev-pairs-expect.yaml").toFile(), Map.class);
        labels.forEach((k, v) -> expected.put(String.valueOf(k), String.valueOf(v)));
        assertThat(agreement("dev-pairs", run(DEV, expected))).isGreaterThanOrEqualTo(FLOOR_DEV);
    }

    @Test
    void examplePairs() throws IOException {
        assertThat(agreement("examples", run(EXAMPLES, Map.of()))).isEqualTo(1.0);
    }

    /** The first recipient panel's pairs, retired to development. */
    @Test
    void panelPairs() throws IOException {
        assertThat(agreement("panel", run(PANEL, Map.of()))).isGreaterThanOrEqualTo(FLOOR_PANEL);
    }

    /** The second recipient panel's pairs, retired to development. */
    @Test
    void panel2Pairs() throws IOException {
        assertThat(agreement("panel-2", run(PANEL_2, Map.of()))).isGreaterThanOrEqualTo(FLOOR_PANEL_2);
    }

    /** The third recipient panel's pairs, retired to development. */
    @Test
    void panel3Pairs() throws IOException {
        assertThat(agreement("panel-3", run(PANEL_3, Map.of()))).isGreaterThanOrEqualTo(FLOOR_PANEL_3);
    }

    /** The fourth recipient panel's pairs, retired to development on the evening of 2 December 2026. */
    @Test
    void panel4Pairs() throws IOException {
        assertThat(agreement("panel-4", run(PANEL_4, Map.of()))).isGreaterThanOrEqualTo(FLOOR_PANEL_4);
    }

    /** The fifth and sixth recipient panels' pairs, retired to development on 3 December 2026. */
    @Test
    void panel5And6Pairs() throws IOException {
        assertThat(agreement("panel-5", run(PANEL_5, Map.of()))).isGreaterThanOrEqualTo(FLOOR_PANEL_5);
        assertThat(agreement("panel-6", run(PANEL_6, Map.of()))).isGreaterThanOrEqualTo(FLOOR_PANEL_6);
    }

    /** The eighth recipient panel's pairs, retired to development on the afternoon of 4 December 2026. */
    @Test
    void panel8Pairs() throws IOException {
        assertThat(agreement("panel-8", run(PANEL_8, Map.of()))).isGreaterThanOrEqualTo(FLOOR_PANEL_8);
    }

    // panel-8 as its last blind round left it: 22/30
    private static final double FLOOR_PANEL_8 = 22.0 / 30;

    // panel-5 and panel-6 as their blind rounds left them were 28/40 and 26/40; these floors are where the
    // afternoon of 3 December left them (stated relationships read, lower-case names spelled as names)
    private static final double FLOOR_PANEL_5 = 0.92;
    private static final double FLOOR_PANEL_6 = 1.0;

    // panel-4: 30/40 when its blind round ended, 37/40 after the evening's work on it (subjectless contact, watched
    // talks, the target thanking or phoning the sender)
    private static final double FLOOR_PANEL_4 = 0.92;
    // reached on 2 December 2026 (judge4; development sets, tuned on): panel 35/37, panel-2 40/40,
    // panel-3 40/40, judge-dev 37/37, dev-pairs 18/19
    private static final double FLOOR_PANEL = 0.94;
    private static final double FLOOR_PANEL_2 = 1.0;
    private static final double FLOOR_PANEL_3 = 1.0;
    private static final double FLOOR_JUDGE_DEV = 1.0;
    private static final double FLOOR_DEV = 0.94;

    private static List<Outcome> run(Path folder, Map<String, String> expectations) throws IOException {
        List<Outcome> out = new ArrayList<>();
        List<Path> pairs;
        try (Stream<Path> s = Files.list(folder)) {
            pairs = s.filter(Files::isDirectory).sorted().toList();
        }
        ConnectionJudge judge = new ConnectionJudge(RuleSet.builtIn());
        for (Path pair : pairs) {
            Map<?, ?> spec = YAML.readValue(pair.resolve("pair.yaml").toFile(), Map.class);
            String name = pair.getFileName().toString();
            Object expect = spec.get("expect") != null ? spec.get("expect") : expectations.get(name);
            if (expect == null) {
                continue;
            }
            Profile me;
            Profile them;
            try {
                me = ProfileReaders.read(side(pair, "me"));
                them = ProfileReaders.read(side(pair, "them"));
            } catch (RapportException e) {
                // a profile the reader cannot take is a miss of the whole pipeline, counted and shown
                out.add(new Outcome(name, String.valueOf(expect), "unreadable: " + e.getMessage(),
                        new Verdict(Decision.FOLLOW_FIRST, 0, List.of()), Purpose.NONE));
                continue;
            }
            // as the application reads it: the pair's names typed in lower case spelled as names
            Purpose purpose = PurposeReader.read(TypedNames.capitalised(String.valueOf(spec.get("why")), List.of(me.name(), them.name())));
            List<CommonGround> ground = new GroundFinder(YearMonth.of(2026, 11)).find(me, them, purpose);
            Verdict v = judge.judge(me, them, purpose, ground);
            out.add(new Outcome(name, String.valueOf(expect), v.decision().id(), v, purpose));
        }
        return out;
    }

    private static double agreement(String set, List<Outcome> outcomes) {
        Map<String, int[]> byExpected = new TreeMap<>();
        StringBuilder sb = new StringBuilder("\n== verdict agreement: " + set + " ==\n");
        for (Outcome o : outcomes) {
            int[] c = byExpected.computeIfAbsent(o.expected(), k -> new int[2]);
            c[1]++;
            if (o.agrees()) {
                c[0]++;
            } else {
                sb.append("  MISS ").append(o.pair()).append(": expected ").append(o.expected())
                        .append(", got ").append(o.actual()).append("  intents ").append(o.purpose().intents())
                        .append(" stated ").append(o.purpose().stated()).append('\n');
                o.verdict().reasons().forEach(r -> sb.append("      ").append(r.rule()).append(": ").append(r.message()).append('\n'));
            }
        }
        long agree = outcomes.stream().filter(Outcome::agrees).count();
        byExpected.forEach((k, c) -> sb.append(String.format("  %-15s %d/%d%n", k, c[0], c[1])));
        sb.append(String.format("  %-15s %d/%d%n", "all", agree, outcomes.size()));
        System.out.println(sb);
        return outcomes.isEmpty() ? 0 : (double) agree / outcomes.size();
    }

    private static Path side(Path pair, String who) throws IOException {
        try (Stream<Path> s = Files.list(pair)) {
            return s.filter(p -> p.getFileName().toString().equals(who) || p.getFileName().toString().startsWith(who + "."))
                    .findFirst().orElseThrow();
        }
    }
}

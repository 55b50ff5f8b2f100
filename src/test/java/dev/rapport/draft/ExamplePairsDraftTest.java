package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole offline pipeline on the example pairs: whatever the verdict, what the drafter and suggestions produce is usable. */
class ExamplePairsDraftTest {
    private static final Path PAIRS = Path.of("examples", "pairs");
    private static final RuleSet RULES = RuleSet.builtIn();

    static Stream<Path> pairs() throws IOException {
        try (Stream<Path> s = Files.list(PAIRS)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    private static Path side(Path pair, String who) throws IOException {
        try (Stream<Path> s = Files.list(pair)) {
            return s.filter(p -> p.getFileName().toString().startsWith(who)).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void notesPassTheRulesAndSuggestionsFitTheVerdict(Path pair) throws IOException {
        DraftRequest request = Pairs.request(pair);
        Profile me = request.me();
        Profile them = request.them();
        Purpose purpose = request.purpose();
        List<CommonGround> ground = request.ground();
        Verdict verdict = request.verdict();
        int limit = request.limit();

        List<Note> notes = new OfflineDrafter().draft(request);
        List<String> advice = new Suggestions().suggest(request);
        NoteContext ctx = new NoteContext(me, them, purpose, ground, limit);
        if (verdict.decision() == Decision.CONNECT) {
            assertThat(notes).as(pair + " " + ground).isNotEmpty();
            for (Note n : notes) {
                assertThat(n.chars()).isLessThanOrEqualTo(limit);
                assertThat(n.text()).as(n.text()).contains(them.firstName());
                assertThat(new NoteRules(RULES).check(n.text(), ctx)).as(n.text()).isEmpty();
            }
        } else {
            assertThat(notes).isEmpty();
            assertThat(advice).as(pair.toString()).isNotEmpty();
            assertThat(advice).allSatisfy(a -> assertThat(a).doesNotContain("{").doesNotContain("http"));
        }
        if (verdict.decision() == Decision.FOLLOW_FIRST) {
            assertThat(advice.get(0)).startsWith("Follow");
        }
    }
}

package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.DraftOptions;
import dev.rapport.draft.Note;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.ProfileReaders;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** "Shorter" in the conversation must give a shorter note from every angle, never a longer one. */
class ShorterMeansShorterTest {
    static java.util.List<ExamplePairs> pairs() {
        return ExamplePairs.all().stream().filter(p -> p.expect().equals("connect")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void everyAngleGetsShorter(ExamplePairs pair) {
        Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> CliRun.TODAY);
        Assessment checked = advisor.check(ProfileReaders.read(pair.me()), ProfileReaders.read(pair.them()), pair.why());
        for (Style.Tone tone : Style.Tone.values()) {
            Style normal = Style.DEFAULT.withTone(tone);
            Map<String, Integer> before = lengths(advisor.redraft(checked, new DraftOptions(300, 3, normal)));
            Map<String, Integer> after = lengths(advisor.redraft(checked,
                    new DraftOptions(300, 3, normal.withLength(Style.Length.SHORT))));
            assertThat(after).isNotEmpty();
            after.forEach((angle, chars) -> {
                // A note already within the short style's budget (half the limit) need not lose more; any other gets shorter.
                if (before.containsKey(angle) && before.get(angle) > 150) {
                    assertThat(chars).as(pair.name() + " " + tone + " " + angle).isLessThan(before.get(angle));
                } else if (before.containsKey(angle)) {
                    assertThat(chars).as(pair.name() + " " + tone + " " + angle).isLessThanOrEqualTo(before.get(angle));
                }
            });
        }
    }

    private static Map<String, Integer> lengths(Assessment a) {
        return a.notes().stream().collect(Collectors.toMap(Note::angle, Note::chars, (x, y) -> x));
    }
}

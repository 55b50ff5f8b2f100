package dev.rapport.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.etiquette.ConnectionJudge;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundFinder;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Pairs on disk (the example pairs and the drafter's own development pairs) read into draft requests through the real pipeline. */
final class Pairs {
    static final Path EXAMPLES = Path.of("examples", "pairs");
    static final Path DEV = Path.of("src", "test", "resources", "dev-pairs");

    private Pairs() {
    }

    static List<Path> in(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DraftRequest request(Path pair) {
        return withReason(pair, null);
    }

    /** The pair's profiles and limit with another reason ({@code why}), or its own when null. */
    static DraftRequest withReason(Path pair, String why) {
        try {
            Map<?, ?> spec = new ObjectMapper(new YAMLFactory()).readValue(pair.resolve("pair.yaml").toFile(), Map.class);
            int limit = spec.get("limit") instanceof Number n ? n.intValue() : 300;
            Profile me = ProfileReaders.read(side(pair, "me"));
            Profile them = ProfileReaders.read(side(pair, "them"));
            Purpose purpose = PurposeReader.read(why != null ? why : String.valueOf(spec.get("why")));
            List<CommonGround> ground = new GroundFinder(YearMonth.of(2026, 11)).find(me, them, purpose);
            Verdict verdict = new ConnectionJudge(RuleSet.builtIn()).judge(me, them, purpose, ground);
            return new DraftRequest(me, them, purpose, ground, verdict, limit, 3, Style.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DraftRequest request(Path folder, String slug) {
        return request(folder.resolve(slug));
    }

    /** The first note drafted for a pair the judge says to connect (a panel's faults are held on it). */
    static String firstNote(OfflineDrafter drafter, Path folder, String slug) {
        DraftRequest r = request(folder, slug);
        org.assertj.core.api.Assertions.assertThat(r.verdict().decision()).as(slug).isEqualTo(dev.rapport.etiquette.Decision.CONNECT);
        List<Note> notes = drafter.draft(r);
        org.assertj.core.api.Assertions.assertThat(notes).as(slug).isNotEmpty();
        return notes.get(0).text();
    }

    private static Path side(Path pair, String who) throws IOException {
        try (Stream<Path> s = Files.list(pair)) {
            return s.filter(p -> p.getFileName().toString().startsWith(who)).findFirst().orElseThrow();
        }
    }
}

package dev.rapport.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** The labelled notes in critique-notes.yaml, and the profiles of the example pairs they name. */
record LabelledNotes(String note, String to, String from, String why, Integer limit, String verdict, List<String> rules) {
    static final YearMonth TODAY = YearMonth.of(2026, 11);

    record File(List<LabelledNotes> notes) {
    }

    LabelledNotes {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    static List<LabelledNotes> all() {
        try (InputStream in = LabelledNotes.class.getResourceAsStream("/dev/rapport/app/critique-notes.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, File.class).notes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Advisor advisor(RuleSet rules) {
        return new Advisor(rules, new OfflineDrafter(), () -> TODAY);
    }

    NoteReview review(Advisor advisor) {
        return advisor.critique(note, profile(from, "me"), profile(to, "them"), why, limit == null ? 0 : limit);
    }

    static Profile profile(String pair, String stem) {
        if (pair == null) {
            return null;
        }
        Path dir = Path.of("examples", "pairs", pair);
        try (Stream<Path> files = Files.list(dir)) {
            Path p = files.filter(f -> f.getFileName().toString().equals(stem)
                    || f.getFileName().toString().startsWith(stem + ".")).findFirst().orElseThrow();
            return ProfileReaders.read(p.toString(), InputStream.nullInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return note.length() > 60 ? note.substring(0, 60) + "…" : note;
    }
}

package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.text.PatternList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Skipping a profile phrase by its words never misses a sentence the phrase matches. */
class PhrasePatternAnchorsTest {

    @Test
    void everyBuiltInPhraseIsTriedOnEverySentenceItMatches() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        Phrases.WISHES.statementCues().forEach(p -> patterns.add(Phrases.phrasePattern(p)));
        Phrases.WISHES.preferences().values().forEach(l -> l.forEach(p -> patterns.add(Phrases.phrasePattern(p))));
        List<String> texts = texts();
        int matched = 0;
        int skipped = 0;
        for (Pattern p : patterns) {
            PatternList one = PatternList.of(List.of(p));
            for (String text : texts) {
                boolean matches = p.matcher(text).find();
                boolean tried = !one.mayFind(text).isEmpty();
                matched += matches ? 1 : 0;
                skipped += tried ? 0 : 1;
                assertThat(tried || !matches).as("%s skipped on %s", p, text).isTrue();
            }
        }
        assertThat(patterns).hasSizeGreaterThan(50);
        assertThat(matched).isGreaterThan(50);
        assertThat(skipped).as("most tries are skipped").isGreaterThan(patterns.size() * texts.size() / 2);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("policy-sentences.jsonl", "note-sentences.jsonl", "notes-real.jsonl", "reasons.jsonl")) {
            Path path = Path.of("src/test/resources/corpus", file);
            if (Files.exists(path)) {
                for (String line : Files.readAllLines(path)) {
                    if (!line.isBlank()) {
                        texts.add(json.readTree(line).path("text").asText());
                    }
                }
            }
        }
        try (var files = Files.walk(Path.of("src/test/resources/panel/pairs"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("them")).toList()) {
                texts.addAll(List.of(Files.readString(f).split("\\R")));
            }
        }
        return texts;
    }
}

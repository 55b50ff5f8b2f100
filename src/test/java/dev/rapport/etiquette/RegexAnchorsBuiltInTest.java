package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.text.RegexAnchors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gate skips a built-in rule pattern or phrase list only when the note lacks a word it cannot match without. */
class RegexAnchorsBuiltInTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void noBuiltInPatternIsSkippedOnATextItMatches() throws IOException {
        List<String> patterns = new ArrayList<>();
        for (Rule.Level level : Rule.Level.values()) {
            for (Rule rule : RuleSet.builtIn().level(level)) {
                for (String param : rule.params().keySet()) {
                    if (param.endsWith("patterns")) {
                        patterns.addAll(rule.phrases(param));
                    }
                }
            }
        }
        List<String> texts = corpusTexts();
        int skipped = 0;
        int matched = 0;
        for (String regex : patterns) {
            Pattern p = Pattern.compile(regex, FLAGS);
            Set<String> anchors = RegexAnchors.of(regex);
            for (String text : texts) {
                boolean matches = p.matcher(text).find();
                matched += matches ? 1 : 0;
                if (anchors != null && !RegexAnchors.mayMatch(anchors, RegexAnchors.fold(text))) {
                    skipped++;
                    assertThat(matches).as("%s skipped on %s", regex, text).isFalse();
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(1500);
        assertThat(matched).isGreaterThan(100);
        assertThat(skipped).as("most pattern runs are skipped").isGreaterThan(patterns.size() * texts.size() / 2);
    }

    @Test
    void noBuiltInPhraseListIsSkippedOnATextItMatches() throws IOException {
        PatternBook book = new PatternBook(RuleSet.builtIn());
        int lists = 0;
        int matched = 0;
        List<String> texts = corpusTexts();
        for (Rule.Level level : Rule.Level.values()) {
            for (Rule rule : RuleSet.builtIn().level(level)) {
                for (String param : rule.params().keySet()) {
                    List<String> phrases = rule.phrases(param);
                    if (param.equals("patterns") || phrases.isEmpty()) {
                        continue;
                    }
                    lists++;
                    Pattern whole = PatternBook.compilePhrases(phrases);
                    for (String text : texts) {
                        boolean matches = whole.matcher(text).find();
                        matched += matches ? 1 : 0;
                        assertThat(!book.findPhrases(text, phrases).isEmpty()).as("%s.%s on %s", rule.id(), param, text).isEqualTo(matches);
                    }
                }
            }
        }
        assertThat(lists).isGreaterThan(10);
        assertThat(matched).isGreaterThan(100);
    }

    private static List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("note-sentences.jsonl", "notes-real.jsonl", "notes-real-2.jsonl", "notes-real-dev.jsonl")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/corpus", file))) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText());
                }
            }
        }
        return texts;
    }
}

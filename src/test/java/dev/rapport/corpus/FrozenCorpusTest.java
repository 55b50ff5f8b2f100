package dev.rapport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The frozen parts of the corpus stay as they were frozen: every test-split item (id, text, labels) of
 * reasons.jsonl and note-sentences.jsonl, and every note of notes-real-2.jsonl. New data goes to train
 * or dev (build.py's "# split:" header); check.py holds the same two freezes with its own digests.
 */
class FrozenCorpusTest {
    static final String TEST_SPLIT = "538e2c39fe5af40334f1a6a168c95fdb4ed6d0dcb2b4005e30d0990131aa7c72";
    static final String REAL_NOTES_2 = "014f4aedbbc68a89f201227df3db59a7cf56f5c8f1cb5705c9411a08758b4b8f";

    @Test
    void theTestSplitIsUnchanged() {
        List<Corpus.Item> test = Stream.concat(Corpus.reasons().stream(), Corpus.noteSentences().stream())
                .filter(i -> i.split().equals("test")).toList();
        assertThat(test).hasSizeGreaterThan(600);
        assertThat(digest(test, false)).isEqualTo(TEST_SPLIT);
    }

    @Test
    void theSecondRealNotesSetIsUnchanged() {
        List<Corpus.Item> real = Corpus.realNotes2();
        assertThat(real).hasSizeGreaterThanOrEqualTo(60);
        assertThat(digest(real, true)).isEqualTo(REAL_NOTES_2);
    }

    private static String digest(List<Corpus.Item> items, boolean verdict) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Corpus.Item i : items) {
                String line = i.id() + "\t" + i.text() + "\t" + (verdict ? i.verdict() + "\t" : "") + String.join(",", new TreeSet<>(i.labels())) + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.rapport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test split is frozen: no item may be added to it, removed from it or edited. Its ids and texts
 * must still give the digest recorded in corpus/test-split.sha256 when it was frozen (check.py holds
 * the same), and every item added since (frozen.txt) lands in train or dev.
 */
class FrozenTestSplitTest {
    @Test
    void theTestSplitIsTheOneRecorded() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        add(sha, "reasons", Corpus.reasons());
        add(sha, "note-sentences", Corpus.noteSentences());
        String recorded;
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/test-split.sha256")) {
            assertThat(in).as("corpus/test-split.sha256").isNotNull();
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")[0];
        }
        assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(recorded);
    }

    private static void add(MessageDigest sha, String name, List<Corpus.Item> items) {
        Corpus.split(items, "test").stream().sorted(Comparator.comparing(Corpus.Item::id))
                .forEach(i -> sha.update((name + "\t" + i.id() + "\t" + i.text() + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}

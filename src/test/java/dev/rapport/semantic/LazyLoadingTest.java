package dev.rapport.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A real `rapport check` in a child JVM with -verbose:class: which classes does it load? */
class LazyLoadingTest {
    private static final List<String> MODEL_PACKAGES = List.of("dev.langchain4j.model.embedding", "ai.onnxruntime", "ai.djl");

    private static final String CLEAR = "I like her posts on accessibility";
    // words the trained intent classifier finds nothing in (it reads "someone worth knowing" as networking now)
    private static final String UNCLEAR = "the train was late this morning";

    @Test
    void checkWithNoEmbeddingsLoadsNoModelClassButAnUnclearReasonDoes() throws Exception {
        String off = run(UNCLEAR, "--no-embeddings");
        assertThat(off).contains("dev.rapport.cli.Main").contains("dev.rapport.purpose.PurposeReader");
        assertThat(MODEL_PACKAGES).noneMatch(off::contains);
        // the control: the same command without the flag does load the model, so the check above can fail
        String on = run(UNCLEAR);
        assertThat(on).contains("dev.langchain4j.model.embedding.onnx").contains("ai.onnxruntime");
    }

    @Test
    void aReasonThatWordsAlreadyClassifyLoadsNoModelInAOneShotCommand() throws Exception {
        String clear = run(CLEAR);
        assertThat(clear).contains("dev.rapport.purpose.PurposeReader");
        assertThat(MODEL_PACKAGES).noneMatch(clear::contains);
    }

    @Test
    void critiqueLoadsTheModelUnlessToldNotTo() throws Exception {
        // critique reads every note with the model; --no-embeddings is its way out, as for check and draft
        String note = "Hi, I help CFOs like you unlock 3x growth. Open to a quick call?";
        String off = rapport(List.of("critique", note, "--no-embeddings"));
        assertThat(off).contains("dev.rapport.cli.CritiqueCommand").contains("do-not-send");
        assertThat(MODEL_PACKAGES).noneMatch(off::contains);
        assertThat(rapport(List.of("critique", note))).contains("ai.onnxruntime");
    }

    private static String run(String why, String... extra) throws IOException, InterruptedException {
        Path pair = Path.of("examples", "pairs", "06-cold-admirer");
        List<String> args = new ArrayList<>(List.of("check", "--me", pair.resolve("me.txt").toString(),
                "--them", pair.resolve("them.txt").toString(), "--why", why));
        args.addAll(List.of(extra));
        return rapport(args);
    }

    private static String rapport(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.rapport.cli.Main"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove(Semantics.ENV_OFF);
        pb.environment().put("RAPPORT_JOURNAL", "off"); // never the developer's own journal
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out.lines().filter(l -> !l.startsWith("[")).toList().toString()).isZero();
        return out;
    }
}

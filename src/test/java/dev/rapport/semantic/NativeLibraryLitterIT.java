package dev.rapport.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, run twice as a user runs it, with a reason that needs the embedding model: ONNX
 * Runtime's native libraries are unpacked once into the cache folder, and no run leaves an
 * {@code onnxruntime-java…} folder in the temporary directory (the process gets a temporary
 * directory of its own, so that other processes on the machine cannot disturb the count).
 */
class NativeLibraryLitterIT {
    @TempDir
    Path home;

    @Test
    void theModelsNativeLibrariesAreUnpackedOnceIntoTheCacheAndNothingIsLeftInTemp() throws Exception {
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Path cache = home.resolve("cache");
        assertThat(onnxFolders(tmp)).isZero();

        String first = check(tmp, cache);
        assertThat(first).contains("Verdict:");
        Path libs = cache.resolve("rapport").resolve("onnxruntime-1.20.0").resolve(NativeCache.platform());
        Path library = libs.resolve(System.mapLibraryName("onnxruntime"));
        assertThat(library).isRegularFile();
        long unpacked = Files.getLastModifiedTime(library).toMillis();

        check(tmp, cache);
        assertThat(Files.getLastModifiedTime(library).toMillis()).as("unpacked once, then reused").isEqualTo(unpacked);
        assertThat(onnxFolders(tmp)).as("onnxruntime-java folders left in the temporary directory").isZero();
        assertThat(home.resolve(".djl.ai")).doesNotExist();
    }

    /** A `check` whose reason neither word matching nor the trained intent classifier can read, so the model loads. */
    private String check(Path tmp, Path cache) throws IOException, InterruptedException {
        Path pair = Path.of("examples/pairs/01-former-colleagues").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin(), "-Djava.io.tmpdir=" + tmp, "-jar", jar().toString(),
                "check", "--me", pair.resolve("me.txt").toString(), "--them", pair.resolve("them.txt").toString(),
                "--why", "the train was late this morning"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("RAPPORT_JOURNAL", "off");
        pb.environment().remove("RAPPORT_NO_EMBEDDINGS");
        pb.environment().remove("DJL_CACHE_DIR");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("semantic matching is off");
        return out;
    }

    private static long onnxFolders(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("onnxruntime-java")).count();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        return Path.of(System.getProperty("rapport.jar", "target/rapport.jar")).toAbsolutePath();
    }
}

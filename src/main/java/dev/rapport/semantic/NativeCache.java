package dev.rapport.semantic;

import dev.rapport.Xdg;
import dev.rapport.io.JarLibraries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the embedding model's native libraries live: unpacked once into rapport's cache folder
 * ({@code $XDG_CACHE_HOME/rapport}, else {@code ~/.cache/rapport}) and loaded from there, instead of
 * ONNX Runtime's default of a new {@code /tmp/onnxruntime-java…} folder on every run and DJL's
 * {@code ~/.djl.ai}. If the folder cannot be written, the libraries' own defaults apply.
 */
final class NativeCache {
    static final String ORT_PATH = "onnxruntime.native.path";
    private static final String ORT_PREFIX = "ai/onnxruntime/native/";
    private static final String ORT_POM = "META-INF/maven/com.microsoft.onnxruntime/onnxruntime/pom.xml";
    private static final Pattern VERSION = Pattern.compile("<artifactId>onnxruntime</artifactId>\\s*<version>([^<]+)</version>");

    private NativeCache() {
    }

    /** Points ONNX Runtime and DJL's tokenizer at the cache folder, unpacking ONNX Runtime's libraries the first time. */
    static void prepare(Map<String, String> env) {
        if (System.getProperty(ORT_PATH) != null) {
            return;
        }
        Optional<Path> root = Xdg.cacheDir(env);
        if (root.isEmpty()) {
            return;
        }
        try {
            Path dir = root.get().resolve("onnxruntime-" + ortVersion()).resolve(platform());
            String[] names = {System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni")};
            for (String name : names) {
                JarLibraries.unpack(ORT_PREFIX + platform() + "/" + name, dir.resolve(name));
            }
            System.setProperty(ORT_PATH, dir.toString());
            // DJL (the tokenizer) and JNA (which DJL uses) unpack their own libraries; the same folder serves
            if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
                System.setProperty("DJL_CACHE_DIR", root.get().resolve("djl").toString());
            }
            if (System.getProperty("jna.tmpdir") == null) {
                System.setProperty("jna.tmpdir", root.get().resolve("jna").toString());
            }
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk: ONNX Runtime unpacks to a temporary folder as it always has
        }
    }

    /** ONNX Runtime's version, from the pom it ships (its jar has no pom.properties); "unknown" if absent. */
    private static String ortVersion() throws IOException {
        try (InputStream in = NativeCache.class.getClassLoader().getResourceAsStream(ORT_POM)) {
            if (in == null) {
                return "unknown";
            }
            Matcher m = VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return m.find() ? m.group(1).strip() : "unknown";
        }
    }

    /** ONNX Runtime's name for this machine: linux-x64, osx-aarch64, win-x64… */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String a = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64" : arch;
        return o + "-" + a;
    }
}

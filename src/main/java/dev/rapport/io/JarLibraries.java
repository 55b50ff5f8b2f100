package dev.rapport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Native libraries that ship inside the jar, unpacked once into rapport's cache folder so that each
 * run loads them from there instead of copying them to a new temporary file first (the embedding
 * model's ONNX Runtime, SQLite's JDBC driver).
 */
public final class JarLibraries {
    private JarLibraries() {
    }

    /** Whether the jar holds {@code resource}. */
    public static boolean has(String resource) {
        return JarLibraries.class.getClassLoader().getResource(resource) != null;
    }

    /** Copies a library out of the jar unless an identical-size copy is already there; atomic, so runs may race. */
    public static void unpack(String resource, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == sizeOf(resource)) {
            return;
        }
        try (InputStream in = JarLibraries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not in the jar: " + resource);
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static long sizeOf(String resource) throws IOException {
        var url = JarLibraries.class.getClassLoader().getResource(resource);
        if (url == null) {
            return -1;
        }
        var connection = url.openConnection();
        connection.setUseCaches(false);
        return connection.getContentLengthLong();
    }
}

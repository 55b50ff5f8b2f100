package dev.rapport.journal;

import dev.rapport.io.JarLibraries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SQLite's native library, unpacked once into rapport's cache folder ({@code sqlite-VERSION/}) and
 * loaded from there. Left alone, the driver copies its library (about 1 MB) to a new file in
 * {@code /tmp} and compares it byte by byte on every run that opens the journal, which is a
 * noticeable part of a one-shot command's start-up. When the folder cannot be written, or the jar
 * has no library for this machine, the driver's own way applies.
 */
public final class SqliteLibrary {
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /** Points the driver at the cached library under {@code cacheRoot} (rapport's cache folder), unpacking it the first time. */
    public static void prepare(Optional<Path> cacheRoot) {
        if (cacheRoot.isEmpty() || System.getProperty(PATH) != null) {
            return;
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            String resource = "org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
            if (!JarLibraries.has(resource)) {
                return;
            }
            Path dir = cacheRoot.get().resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion())
                    .resolve(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS());
            JarLibraries.unpack(resource, dir.resolve(name));
            System.setProperty(PATH, dir.toString());
            System.setProperty(NAME, name);
        } catch (IOException | RuntimeException | LinkageError e) {
            // a read-only or full disk: the driver unpacks to a temporary file as it always has
        }
    }
}

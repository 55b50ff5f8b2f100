package dev.rapport.semantic;

import java.nio.file.Files;
import java.nio.file.Path;

/** A child process for {@link ExitWaitsForTheLoaderTest}: starts a slow model load, then exits at once. */
public final class ExitWhileLoading {
    private ExitWhileLoading() {
    }

    public static void main(String[] args) {
        Path marker = Path.of(args[0]);
        Semantics s = Semantics.with(() -> {
            try {
                Thread.sleep(800);
                Files.writeString(marker, "loaded");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        }, line -> { });
        s.warmUp();
        System.exit(0);
    }
}

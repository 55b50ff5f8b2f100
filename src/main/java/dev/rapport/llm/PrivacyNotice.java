package dev.rapport.llm;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells the user once per provider that profile facts leave the machine, and remembers in the
 * data folder that it did. When there is no data folder the notice is simply shown every time.
 */
final class PrivacyNotice {
    private PrivacyNotice() {
    }

    static Optional<String> once(EngineConfig cfg) {
        Path marker = cfg.dataDir() == null ? null : cfg.dataDir().resolve("privacy-notice-" + cfg.engine().id());
        if (marker != null && Files.exists(marker)) {
            return Optional.empty();
        }
        if (marker != null) {
            try {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, "shown\n");
            } catch (IOException | RuntimeException e) {
                // not being able to remember only means the notice is shown again next time
            }
        }
        return Optional.of(Messages.get("privacy.notice", cfg.engine().id(), host(cfg)));
    }

    private static String host(EngineConfig cfg) {
        String url = cfg.baseUrl() == null ? cfg.engine().defaultBaseUrl() : cfg.baseUrl();
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}

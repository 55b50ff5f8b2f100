package dev.rapport.language;

import dev.rapport.text.Bundle;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads one model file from the class path, turning a missing or corrupt file into a one-line error. */
final class ModelResource {
    private static final Bundle MESSAGES = new Bundle("dev.rapport.language.messages");

    /** How a model is built from its stream (the OpenNLP model constructors). */
    interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private ModelResource() {
    }

    /** The model at {@code path} (absolute class-path resource). */
    static <M> M load(String path, Reader<M> reader) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        InputStream raw = ModelResource.class.getResourceAsStream(path);
        if (raw == null) {
            throw new LanguageModelException(MESSAGES.get("model.missing", name), null);
        }
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new LanguageModelException(MESSAGES.get("model.corrupt", name, why), e);
        }
    }
}

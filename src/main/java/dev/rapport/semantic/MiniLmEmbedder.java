package dev.rapport.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 run by ONNX inside the JVM. The only class that names LangChain4j's embedding
 * types: {@link Semantics} reaches it by reflection, so a run without embeddings never loads them.
 */
public final class MiniLmEmbedder implements Embedder {
    private final EmbeddingModel model;

    public MiniLmEmbedder() {
        // One passage at a time on the caller's thread: rapport embeds short texts, and a pool of
        // threads would compete with the rest of the work on small machines.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}

package dev.rapport.semantic;

/** Turns a passage into a unit-length sentence vector. Implementations may be slow to create, never to call twice. */
public interface Embedder {
    float[] embed(String text);
}

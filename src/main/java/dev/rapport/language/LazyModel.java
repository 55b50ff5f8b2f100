package dev.rapport.language;

/** A model read from the class path on first use, once per instance, safely from any thread. */
final class LazyModel<M> {
    private final String path;
    private final ModelResource.Reader<M> reader;
    private volatile M model;

    LazyModel(String path, ModelResource.Reader<M> reader) {
        this.path = path;
        this.reader = reader;
    }

    M get() {
        M m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = ModelResource.load(path, reader);
                }
                m = model;
            }
        }
        return m;
    }
}

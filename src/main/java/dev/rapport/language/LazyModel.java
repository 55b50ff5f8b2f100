package dev.rapport.language;

/** A model read from the class path on first use, once per instance, safely from any thread. */
public final class LazyModel<M> {
    private final String path;
    private final ModelResource.Reader<M> reader;
    private volatile M model;

    LazyModel(String path, ModelResource.Reader<M> reader) {
        this.path = path;
        this.reader = reader;
    }

    /** A trained label model (intents, note sentences, profile policies) read on first use. */
    public static LazyModel<LabelModel> labelModel(String path) {
        return new LazyModel<>(path, LabelModel::read);
    }

    public M get() {
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

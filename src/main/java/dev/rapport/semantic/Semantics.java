package dev.rapport.semantic;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The embedding model for one session: off, or loaded lazily, once, in the background
 * ({@link #warmUp()}) or on first use. If it cannot load, every use falls back to the lexical
 * behaviour and the user is told once, in one line. Vectors of passages are cached for the session.
 */
public final class Semantics {
    /** Where the model is: switched off, not asked for yet, loading, ready, or failed to load. */
    public enum Status { OFF, IDLE, LOADING, READY, FAILED }

    public static final String ENV_OFF = "RAPPORT_NO_EMBEDDINGS";
    static final String MODEL_CLASS = "dev.rapport.semantic.MiniLmEmbedder";
    // Passages of a few profiles and notes; the bound only guards a very long REPL session.
    private static final int MAX_CACHED = 20_000;
    // (5 s was too short on a busy machine: a new user's runs crashed at exit while the model was still loading)
    private static final int EXIT_WAIT_SECONDS = 20;

    private final Supplier<Embedder> loader;
    private final Consumer<String> notice;
    // The bundled model is one per JVM (LangChain4j holds it statically), so its vectors are shared
    // by every session in the process; an injected model gets a cache of its own.
    private static final Map<String, float[]> BUNDLED_CACHE = new ConcurrentHashMap<>();
    private final Map<String, float[]> cache;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicBoolean told = new AtomicBoolean();
    private volatile CompletableFuture<Optional<Embedder>> model;
    private volatile SemanticUses uses;

    private Semantics(Supplier<Embedder> loader, Consumer<String> notice, Map<String, float[]> cache) {
        this.loader = loader;
        this.cache = cache;
        this.notice = notice == null ? line -> { } : notice;
    }

    /** No embeddings: every use keeps its lexical behaviour and no model class is ever loaded. */
    public static Semantics off() {
        return new Semantics(null, null, Map.of());
    }

    /** The bundled model, loaded when first needed; {@code notice} gets the one line said if it fails. */
    public static Semantics lazy(Consumer<String> notice) {
        return lazy(System.getenv(), notice);
    }

    /** The same, with the environment that names the cache folder for the model's native libraries. */
    public static Semantics lazy(Map<String, String> env, Consumer<String> notice) {
        Map<String, String> e = env == null ? Map.of() : env;
        return new Semantics(() -> loadBundled(e), notice, BUNDLED_CACHE);
    }

    /** A given loader (tests inject one that throws, or a fake model). */
    public static Semantics with(Supplier<Embedder> loader, Consumer<String> notice) {
        return new Semantics(loader, notice, new ConcurrentHashMap<>());
    }

    /**
     * Lazy when the settings ({@code app.Settings}: {@value #ENV_OFF}, {@code embeddings:} in
     * config.yaml) allow embeddings, else off; {@code env} only names the native-library cache.
     */
    public static Semantics forSession(boolean enabled, Map<String, String> env, Consumer<String> notice) {
        return enabled ? lazy(env, notice) : off();
    }

    /** Starts loading in the background and returns at once (the REPL calls this when it starts). */
    public void warmUp() {
        if (loader != null) {
            start(true);
        }
    }

    public Status status() {
        if (loader == null) {
            return Status.OFF;
        }
        CompletableFuture<Optional<Embedder>> m = model;
        if (m == null) {
            return Status.IDLE;
        }
        if (!m.isDone()) {
            return Status.LOADING;
        }
        return m.join().isPresent() ? Status.READY : Status.FAILED;
    }

    /** True unless switched off; a model that failed to load also counts as off from then on. */
    public boolean enabled() {
        return loader != null && status() != Status.FAILED;
    }

    /** The vector of a passage, from the session cache when seen before; empty when the model is off or failed. */
    public Optional<float[]> vector(String text) {
        if (loader == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip();
        float[] cached = cache.get(key);
        if (cached != null) {
            hits.incrementAndGet();
            return Optional.of(cached);
        }
        Optional<Embedder> embedder = start(false).join();
        if (embedder.isEmpty()) {
            return Optional.empty();
        }
        misses.incrementAndGet();
        float[] v;
        try {
            v = embedder.get().embed(key);
        } catch (RuntimeException e) {
            fail(e);
            return Optional.empty();
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, v);
        return Optional.of(v);
    }

    /** Cosine similarity of two passages; empty when the model is off or failed. */
    public Optional<Double> similarity(String a, String b) {
        return vector(a).flatMap(va -> vector(b).map(vb -> Vectors.cosine(va, vb)));
    }

    /** The uses of the model (intents, ground, notes), with their thresholds; null-object when off. */
    public SemanticUses uses() {
        SemanticUses u = uses;
        if (u == null) {
            synchronized (this) {
                if (uses == null) {
                    uses = new SemanticUses(this, SemanticParams.builtIn());
                }
                u = uses;
            }
        }
        return u;
    }

    /** Measures a use on its own: the uses from now on read these parameters. */
    void useParams(SemanticParams params) {
        synchronized (this) {
            uses = new SemanticUses(this, params);
        }
    }

    public long cacheHits() {
        return hits.get();
    }

    public long cacheMisses() {
        return misses.get();
    }

    private CompletableFuture<Optional<Embedder>> start(boolean background) {
        CompletableFuture<Optional<Embedder>> m = model;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (model == null) {
                if (background) {
                    CompletableFuture<Optional<Embedder>> f = new CompletableFuture<>();
                    Thread t = new Thread(() -> f.complete(load()), "rapport-embeddings");
                    t.setDaemon(true);
                    t.start();
                    // Exiting while the ONNX runtime builds its session crashes the process in native code
                    // (a fatal-error report and an hs_err file in the user's folder): exit waits for it, briefly.
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitQuietly(f), "rapport-embeddings-exit"));
                    model = f;
                } else {
                    model = CompletableFuture.completedFuture(load());
                }
            }
            return model;
        }
    }

    /**
     * Waits, briefly, for a model load under way to finish: called before the process exits, since exiting while the ONNX
     * runtime builds its session crashes in native code, and a shutdown hook alone runs beside the runtime's own teardown
     * (a trainer's critique of "Hi!" exited with 134 three times in five). Starts nothing.
     */
    public void settle() {
        CompletableFuture<Optional<Embedder>> m = model;
        if (m != null && !m.isDone()) {
            awaitQuietly(m);
        }
    }

    private static void awaitQuietly(CompletableFuture<?> loading) {
        try {
            loading.get(EXIT_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // nothing to wait for any more, or too long: exit anyway
        }
    }

    private Optional<Embedder> load() {
        try {
            Embedder e = loader.get();
            return Optional.ofNullable(e);
        } catch (RuntimeException | LinkageError e) {
            fail(e);
            return Optional.empty();
        }
    }

    private void fail(Throwable e) {
        model = CompletableFuture.completedFuture(Optional.empty());
        if (told.compareAndSet(false, true)) {
            notice.accept(SemanticParams.builtIn().message("load-failed", reason(e)));
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = dev.rapport.io.IoReasons.of(root);
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static Embedder loadBundled(Map<String, String> env) {
        NativeCache.prepare(env);
        try {
            return (Embedder) Class.forName(MODEL_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }
}

package dev.rapport.draft;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets another thread (the REPL's Ctrl-C handler) stop a model request: the stream is closed, a
 * retry wait ends at once, and the call returns a cancelled result with the session untouched.
 */
public final class Cancellation {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        if (cancelled.getCount() > 0) {
            cancelled.countDown();
            hooks.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Runs {@code hook} on cancel (at once when already cancelled). */
    public void onCancel(Runnable hook) {
        hooks.add(hook);
        if (isCancelled()) {
            hook.run();
        }
    }

    /** Waits up to {@code d}; true when cancelled meanwhile. */
    public boolean await(Duration d) throws InterruptedException {
        return cancelled.await(d.toMillis(), TimeUnit.MILLISECONDS);
    }
}

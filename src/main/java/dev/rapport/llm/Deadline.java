package dev.rapport.llm;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs something once a call's time is up, on one daemon thread shared by all calls. */
final class Deadline {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-llm-deadline");
        t.setDaemon(true);
        return t;
    });

    private Deadline() {
    }

    static void after(Duration d, Runnable r) {
        TIMER.schedule(r, d.toMillis(), TimeUnit.MILLISECONDS);
    }
}

package dev.rapport.llm;

import java.util.concurrent.atomic.AtomicLong;

/** Model calls and tokens for one engine (one REPL session or one command); safe to read from any thread. */
public final class Usage {
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong prompt = new AtomicLong();
    private final AtomicLong completion = new AtomicLong();

    /** A snapshot; {@code minus} gives what one draft cost. */
    public record Counts(long calls, long promptTokens, long completionTokens) {
        public Counts minus(Counts earlier) {
            return new Counts(calls - earlier.calls, promptTokens - earlier.promptTokens,
                    completionTokens - earlier.completionTokens);
        }

        public long totalTokens() {
            return promptTokens + completionTokens;
        }
    }

    void record(Integer promptTokens, Integer completionTokens) {
        calls.incrementAndGet();
        prompt.addAndGet(promptTokens == null ? 0 : promptTokens);
        completion.addAndGet(completionTokens == null ? 0 : completionTokens);
    }

    public Counts counts() {
        return new Counts(calls.get(), prompt.get(), completion.get());
    }
}

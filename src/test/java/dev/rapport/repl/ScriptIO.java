package dev.rapport.repl;

import dev.rapport.app.Styler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A scripted terminal for tests: inputs queued up front, everything printed, recorded and copied kept for assertions. */
final class ScriptIO implements ReplIO {
    private final Deque<Input> inputs = new ArrayDeque<>();
    private final StringBuilder out = new StringBuilder();
    final List<String> prompts = new ArrayList<>();
    final List<Mode> modes = new ArrayList<>();
    final List<String> history = new ArrayList<>();
    final List<String> clipboard = new ArrayList<>();
    boolean wholePastes;
    private final java.util.Set<Input> bracketed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean lastWasPaste;
    boolean clipboardWorks;
    boolean cancelWork;
    /** The run (1-based) of cancellable work that a Ctrl-C interrupts; 0 for none. */
    int cancelRun;
    int onCancelCalls;
    boolean live;
    int workRuns;
    Styler styler = Styler.plain();

    ScriptIO lines(String... lines) {
        for (String l : lines) {
            inputs.add(new Line(l));
        }
        return this;
    }

    /** One input holding several lines, as a bracketed paste delivers it. */
    ScriptIO paste(String text) {
        inputs.add(new Line(text));
        return this;
    }

    /** One bracketed paste on its own, even of a single paragraph: the terminal says it was pasted, not typed. */
    ScriptIO pasteWhole(String text) {
        Line line = new Line(text);
        bracketed.add(line);
        inputs.add(line);
        return this;
    }

    ScriptIO ctrlC() {
        inputs.add(new Cancel());
        return this;
    }

    ScriptIO ctrlD() {
        inputs.add(new End());
        return this;
    }

    String output() {
        return out.toString();
    }

    @Override
    public Input read(String prompt, Mode mode) {
        prompts.add(prompt);
        modes.add(mode);
        Input in = inputs.isEmpty() ? new End() : inputs.poll();
        lastWasPaste = bracketed.contains(in);
        return in;
    }

    @Override
    public boolean lastWasPaste() {
        return lastWasPaste;
    }

    @Override
    public void print(String text) {
        out.append(text);
    }

    @Override
    public Styler styler() {
        return styler;
    }

    @Override
    public boolean wholePastes() {
        return wholePastes;
    }

    @Override
    public boolean copyToClipboard(String text) {
        if (clipboardWorks) {
            clipboard.add(text);
        }
        return clipboardWorks;
    }

    @Override
    public void record(String line) {
        if (HistoryPolicy.keep(line)) {
            history.add(line);
        }
    }

    @Override
    public <T> Optional<T> cancellable(Supplier<T> work) {
        workRuns++;
        return cancelWork ? Optional.empty() : Optional.of(work.get());
    }

    /** A Ctrl-C as a terminal delivers it: onCancel runs, the work still returns (cancelled), its result is dropped. */
    @Override
    public <T> Optional<T> cancellable(Supplier<T> work, Runnable onCancel) {
        workRuns++;
        if (cancelWork || workRuns == cancelRun) {
            onCancelCalls++;
            onCancel.run();
            work.get();
            return Optional.empty();
        }
        return Optional.of(work.get());
    }

    @Override
    public boolean live() {
        return live;
    }

    @Override
    public int width() {
        return live ? 40 : 0;
    }
}

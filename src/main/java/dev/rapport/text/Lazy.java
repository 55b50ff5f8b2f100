package dev.rapport.text;

import java.util.function.Supplier;

/** A value computed once, on first use, and kept: the one way the code defers work it may never need. */
public final class Lazy {
    private Lazy() {
    }

    public static <T> Supplier<T> of(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}

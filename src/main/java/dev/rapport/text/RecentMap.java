package dev.rapport.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe map that keeps only the most recently used entries: the one memo for work that is
 * asked again for the same text (sentences of a text, a classifier's scores for a sentence, a reason's details).
 */
public final class RecentMap {
    private RecentMap() {
    }

    /** A synchronized map holding at most {@code size} entries, dropping the least recently used. */
    public static <K, V> Map<K, V> of(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(Math.min(size, 256), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /**
     * The value remembered for {@code key}, else {@code read}'s, remembered from now on. The reading runs
     * outside the map's lock, so a slow one never holds up the other threads that ask the same memo.
     */
    public static <K, V> V remember(Map<K, V> memo, K key, Function<? super K, ? extends V> read) {
        V known = memo.get(key);
        if (known == null) {
            known = read.apply(key);
            memo.put(key, known);
        }
        return known;
    }
}

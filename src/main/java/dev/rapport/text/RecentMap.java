package dev.rapport.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
}

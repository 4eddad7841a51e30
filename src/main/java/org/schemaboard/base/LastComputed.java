package org.schemaboard.base;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The last value computed from a source per design (findings of a model, plans of its query patterns), so that every
 * viewer of the same source shares one computation. The source is held weakly and compared by identity: a design
 * whose model nobody holds any more keeps nothing alive but its small entry, and at most {@code designs} designs are
 * kept, the least recently used dropped first (a model of 10,000 tables is about 45 MB, its findings a few MB).
 */
public final class LastComputed<S, V> {

    private record Entry<S, V>(WeakReference<S> source, V value) {
    }

    private final Map<UUID, Entry<S, V>> last;

    public LastComputed(int designs) {
        this.last = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Entry<S, V>> eldest) {
                return size() > designs;
            }
        };
    }

    /**
     * The value last computed from this very source for the design, else computed now (outside any lock: two
     * callers may both compute, the later one is kept) and remembered. A null design is computed every time.
     */
    public V get(UUID design, S source, Function<S, V> compute) {
        if (design == null) {
            return compute.apply(source);
        }
        synchronized (last) {
            Entry<S, V> before = last.get(design);
            if (before != null && before.source().get() == source) {
                return before.value();
            }
        }
        V value = compute.apply(source);
        synchronized (last) {
            last.put(design, new Entry<>(new WeakReference<>(source), value));
        }
        return value;
    }
}

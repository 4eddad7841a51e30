package org.schemaboard.base;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The last value computed from a source per design (findings of a model, plans of its query patterns), so that every
 * viewer of an equal source shares one computation: every editor, the header's count and the markers, and every page
 * opened again. Sources are compared with {@code equals}, which for a model is quick: loads of one committed state
 * share their lists (see {@code LoadedModels}), and a model patched after an edit shares every entity it did not
 * touch, so equal parts are mostly the same objects. At most {@code designs} designs are kept, the least recently used
 * dropped first, and the sources softly: a model the kept loads have let go of (10,000 tables are about 45 MB) is
 * not held here when memory runs short; the values (findings: a few MB at 10,000 tables) are.
 */
public final class LastComputed<S, V> {

    private record Entry<S, V>(SoftReference<S> source, V value) {
    }

    private final Map<UUID, Entry<S, V>> last;
    /** One lock per group of designs: computations for one design run one at a time, other designs' meanwhile. */
    private final Object[] stripes = new Object[32];

    public LastComputed(int designs) {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
        this.last = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Entry<S, V>> eldest) {
                return size() > designs;
            }
        };
    }

    /**
     * The value last computed from an equal source for the design, else computed now and remembered. Callers for one
     * design take turns ({@link #stripes}): when the header's count and the markers of a newly opened editor ask at
     * once, the second waits for the first's result instead of computing it again. A null design is computed every
     * time.
     */
    public V get(UUID design, S source, Function<S, V> compute) {
        if (design == null) {
            return compute.apply(source);
        }
        synchronized (stripes[Math.floorMod(design.hashCode(), stripes.length)]) {
            synchronized (last) {
                Entry<S, V> before = last.get(design);
                if (before != null && Objects.equals(before.source().get(), source)) {
                    return before.value();
                }
            }
            V value = compute.apply(source);
            synchronized (last) {
                last.put(design, new Entry<>(new SoftReference<>(source), value));
            }
            return value;
        }
    }
}

package org.schemaboard.diff;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which element of the older state is which element of the newer one, by id: entities, attributes, relationships,
 * indexes and query patterns share one map (their ids are UUIDs, never reused across kinds).
 */
public final class Correspondence {

    private final Map<UUID, UUID> forward = new HashMap<>();
    private final Map<UUID, UUID> backward = new HashMap<>();

    void pair(UUID from, UUID to) {
        forward.put(from, to);
        backward.put(to, from);
    }

    boolean pairedFrom(UUID from) {
        return forward.containsKey(from);
    }

    boolean pairedTo(UUID to) {
        return backward.containsKey(to);
    }

    /** The newer state's element for an element of the older one, if it is still there. */
    public Optional<UUID> to(UUID from) {
        return Optional.ofNullable(forward.get(from));
    }

    /** The older state's element for an element of the newer one, if it was there before. */
    public Optional<UUID> from(UUID to) {
        return Optional.ofNullable(backward.get(to));
    }

    public Map<UUID, UUID> pairs() {
        return Collections.unmodifiableMap(forward);
    }
}

package org.schemaboard.model;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.schemaboard.model.entity.Entity;

/**
 * The last whole-design read of the designs loaded recently, each kept with the design row's change stamp (its
 * {@code updated_at} and {@code version}, which every committed edit of the model moves: see
 * {@code DesignService#recordChange}). Opening an editor loads the model for several tabs, and each editor of a design
 * loads it again; at 10,000 tables one read costs about a second and a half, so a read whose stamp is unchanged is
 * served from here. Bounded by a number of designs and a number of attributes, least recently used first out.
 */
final class LoadedModels {

    /** What identifies one committed state of a design's model. */
    record Stamp(Instant updatedAt, int version) {
    }

    private record Loaded(Stamp stamp, ModelReader.Parts parts, int attributes) {
    }

    private final int maxDesigns;
    private final long maxAttributes;
    private final LinkedHashMap<UUID, Loaded> loaded = new LinkedHashMap<>(16, 0.75f, true);
    private long attributes;
    private long hits;
    private long misses;

    LoadedModels(int maxDesigns, long maxAttributes) {
        this.maxDesigns = maxDesigns;
        this.maxAttributes = maxAttributes;
    }

    synchronized Optional<ModelReader.Parts> get(UUID designId, Stamp stamp) {
        Loaded entry = loaded.get(designId);
        if (entry != null && entry.stamp().equals(stamp)) {
            hits++;
            return Optional.of(entry.parts());
        }
        misses++;
        return Optional.empty();
    }

    /** Keeps a read, unless one of a later state of the design is kept already. */
    synchronized void put(UUID designId, Stamp stamp, ModelReader.Parts parts) {
        Loaded old = loaded.get(designId);
        if (old != null && old.stamp().updatedAt().isAfter(stamp.updatedAt())) {
            return;
        }
        int size = 0;
        for (Entity e : parts.entities()) {
            size += e.attributes().size();
        }
        if (size > maxAttributes) {
            forget(designId);
            return;
        }
        if (old != null) {
            attributes -= old.attributes();
        }
        loaded.put(designId, new Loaded(stamp, parts, size));
        attributes += size;
        Iterator<Map.Entry<UUID, Loaded>> eldest = loaded.entrySet().iterator();
        while ((loaded.size() > maxDesigns || attributes > maxAttributes) && eldest.hasNext()) {
            Map.Entry<UUID, Loaded> e = eldest.next();
            if (!e.getKey().equals(designId)) {
                attributes -= e.getValue().attributes();
                eldest.remove();
            }
        }
    }

    synchronized void forget(UUID designId) {
        Loaded old = loaded.remove(designId);
        if (old != null) {
            attributes -= old.attributes();
        }
    }

    /** Reads served from here and reads that went to the database, since start. */
    synchronized long[] counts() {
        return new long[] {hits, misses};
    }
}

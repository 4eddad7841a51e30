package org.schemaboard.diagram;

import java.util.List;
import java.util.UUID;

/** A named view of some of a design's entities, e.g. "Orders" or "Catalog", with positions of its own. */
public record SubjectArea(UUID id, UUID designId, String name, List<UUID> entityIds, int version) {

    public SubjectArea {
        entityIds = List.copyOf(entityIds);
    }
}

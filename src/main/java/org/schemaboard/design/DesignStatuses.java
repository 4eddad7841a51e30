package org.schemaboard.design;

import java.util.Map;
import java.util.UUID;

/** Where a design's status comes from: review decides it (draft, in review, approved); the designs list shows it. */
public interface DesignStatuses {

    /** The status of each design the signed-in person is a member of; a design missing from the map is a draft. */
    Map<UUID, DesignStatus> statusOfMyDesigns();
}

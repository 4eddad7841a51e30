package org.schemaboard.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An approved version of a design, numbered from 1. {@code designJson} is the complete design as it was approved, in
 * the design.json format, so the snapshot stays whole whatever the model later grows.
 */
public record Snapshot(UUID designId, int number, String approvedBy, OffsetDateTime approvedAt, String designJson) {

    public String label() {
        return "v" + number;
    }
}

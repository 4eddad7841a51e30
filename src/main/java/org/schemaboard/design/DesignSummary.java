package org.schemaboard.design;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A design as listed: what it is, my role in it, and when it last changed. */
public record DesignSummary(UUID id, String name, TargetDatabase targetDatabase, String description, DesignRole myRole,
                            OffsetDateTime updatedAt, String updatedBy, int version) {
}

package org.schemaboard.model.relationship;

import java.util.List;
import java.util.UUID;

/**
 * A relationship from the referenced entity ({@code from}, the "one" side) to the referencing entity ({@code to},
 * which holds the foreign key columns). An N:M relationship has no columns of its own: it names its junction entity,
 * which two 1:N relationships connect.
 */
public record Relationship(UUID id, String name, UUID fromEntityId, UUID toEntityId, Cardinality cardinality,
                           List<ColumnPair> columns, ReferentialAction onDelete, ReferentialAction onUpdate,
                           String label, boolean identifying, String rationale, UUID junctionEntityId, int version) {

    public Relationship {
        columns = List.copyOf(columns);
    }

    /** One referenced column and the foreign key column that refers to it. */
    public record ColumnPair(UUID fromAttributeId, UUID toAttributeId) {
    }
}

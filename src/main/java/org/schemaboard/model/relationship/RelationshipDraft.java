package org.schemaboard.model.relationship;

import java.util.List;
import java.util.UUID;

/**
 * What a person submits for a relationship. For N:M, {@code columns} is empty and either {@code junctionEntityId}
 * names an existing entity to use as the junction or {@code junctionName} names one to create.
 */
public record RelationshipDraft(UUID fromEntityId, UUID toEntityId, Cardinality cardinality,
                                List<Relationship.ColumnPair> columns, ReferentialAction onDelete,
                                ReferentialAction onUpdate, String label, boolean identifying, String rationale,
                                String name, UUID junctionEntityId, String junctionName) {

    public RelationshipDraft {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}

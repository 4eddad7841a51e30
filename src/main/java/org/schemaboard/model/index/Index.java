package org.schemaboard.model.index;

import org.schemaboard.model.Named;
import java.util.List;
import java.util.UUID;

/** An index of one entity, with the reason it exists and the query patterns it serves. */
public record Index(UUID id, UUID entityId, String name, List<IndexColumn> columns, boolean unique, String predicate,
                    IndexMethod method, String purpose, String rationale, List<UUID> queryPatternIds, int version)
        implements Named {

    public Index {
        columns = List.copyOf(columns);
        queryPatternIds = List.copyOf(queryPatternIds);
    }

    public boolean partial() {
        return predicate != null && !predicate.isBlank();
    }

    public record IndexColumn(UUID attributeId, boolean descending) {
    }
}

package org.schemaboard.model.index;

import org.schemaboard.model.Named;
import java.util.List;
import java.util.UUID;

/** What a person submits for an index. {@code partial} asks for a predicate. */
public record IndexDraft(UUID entityId, String name, List<Index.IndexColumn> columns, boolean unique, boolean partial,
                         String predicate, IndexMethod method, String purpose, String rationale,
                         List<UUID> queryPatternIds) implements Named {

    public IndexDraft {
        columns = columns == null ? List.of() : List.copyOf(columns);
        queryPatternIds = queryPatternIds == null ? List.of() : List.copyOf(queryPatternIds);
    }
}

package org.schemaboard.model.querypattern;

import org.schemaboard.model.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a person submits for a query pattern. */
public record QueryPatternDraft(String name, String description, String sql, BigDecimal frequency,
                                FrequencyUnit frequencyUnit, Integer latencyTargetMs, List<UUID> entityIds,
                                List<UUID> indexIds) implements Named {

    public QueryPatternDraft {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        indexIds = indexIds == null ? List.of() : List.copyOf(indexIds);
    }
}

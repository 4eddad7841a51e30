package org.schemaboard.model.querypattern;

import org.schemaboard.model.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A query the database must serve well: its SQL, how often it runs, how fast it must be, what it touches. */
public record QueryPattern(UUID id, String name, String description, String sql, BigDecimal frequency,
                           FrequencyUnit frequencyUnit, Integer latencyTargetMs, List<UUID> entityIds,
                           List<UUID> indexIds, int version) implements Named {

    public QueryPattern {
        entityIds = List.copyOf(entityIds);
        indexIds = List.copyOf(indexIds);
    }

    /** "120 per second", or empty when unknown. */
    public String frequencyDisplay() {
        if (frequency == null || frequencyUnit == null) {
            return "";
        }
        return frequency.stripTrailingZeros().toPlainString() + " " + frequencyUnit.label();
    }
}

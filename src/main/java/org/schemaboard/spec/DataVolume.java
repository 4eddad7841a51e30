package org.schemaboard.spec;

import java.util.List;
import java.util.UUID;

/** "Data Volume and Growth Projections" for the design, and optionally per entity. */
public record DataVolume(String initialVolume, String growthRate, String queryVolume, String peakLoad,
                         String retention, List<EntityVolume> entities) implements SectionContent {

    public static final DataVolume EMPTY = new DataVolume(null, null, null, null, null, List.of());

    public DataVolume {
        entities = Lists.copy(entities);
    }

    /** Expected rows of one entity at launch and their growth per month. */
    public record EntityVolume(UUID entityId, Long expectedRows, Long growthPerMonth, String notes) {
    }
}

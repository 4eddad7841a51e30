package org.schemaboard.spec.scalability;

import org.schemaboard.spec.Lists;
import org.schemaboard.spec.SectionContent;
import java.util.List;
import java.util.UUID;

/** Vertical partitioning: an entity's hot columns (read on every access) apart from its cold ones. */
public record VerticalPartitioning(List<Split> splits) implements SectionContent {

    public static final VerticalPartitioning EMPTY = new VerticalPartitioning(List.of());

    public VerticalPartitioning {
        splits = Lists.copy(splits);
    }

    public record Split(UUID entityId, List<UUID> hotAttributeIds, List<UUID> coldAttributeIds, String rationale) {

        public Split {
            hotAttributeIds = Lists.copy(hotAttributeIds);
            coldAttributeIds = Lists.copy(coldAttributeIds);
        }
    }
}

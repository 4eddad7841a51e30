package org.schemaboard.spec.scalability;

import org.schemaboard.spec.Lists;
import org.schemaboard.spec.SectionContent;
import java.util.List;
import java.util.UUID;

/** Table partitioning, one plan per entity: strategy, key columns, the partitions, retention and why. */
public record Partitioning(List<Plan> plans) implements SectionContent {

    public static final Partitioning EMPTY = new Partitioning(List.of());

    public Partitioning {
        plans = Lists.copy(plans);
    }

    /**
     * @param keyAttributeIds the partition key, attributes of the entity in key order
     * @param hashPartitions  how many partitions (HASH)
     * @param bounds          the named partitions and their bounds (RANGE, LIST)
     */
    public record Plan(UUID entityId, Strategy strategy, List<UUID> keyAttributeIds, Integer hashPartitions,
                       List<Bound> bounds, String retention, String rationale) {

        public Plan {
            keyAttributeIds = Lists.copy(keyAttributeIds);
            bounds = Lists.copy(bounds);
        }
    }

    /** A named partition: {@code audit_log_2025_q1}, {@code FROM ('2025-01-01') TO ('2025-04-01')}. */
    public record Bound(String name, String bound) {
    }

    public enum Strategy {
        RANGE("Range"), LIST("List"), HASH("Hash");

        private final String label;

        Strategy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

package org.schemaboard.spec.scalability;

import org.schemaboard.spec.Lists;
import org.schemaboard.spec.SectionContent;
import java.util.List;
import java.util.UUID;

/** Horizontal sharding across database servers: shard keys per entity, count, routing and the hard questions. */
public record Sharding(Integer shardCount, Routing routing, List<ShardKey> keys, String crossShardQueries,
                       String resharding, String referentialIntegrity) implements SectionContent {

    public static final Sharding EMPTY = new Sharding(null, null, List.of(), null, null, null);

    public Sharding {
        keys = Lists.copy(keys);
    }

    public record ShardKey(UUID entityId, List<UUID> attributeIds, String notes) {

        public ShardKey {
            attributeIds = Lists.copy(attributeIds);
        }
    }

    public enum Routing {
        HASH("Hash of the key"), RANGE("Key ranges"), DIRECTORY("Lookup directory");

        private final String label;

        Routing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

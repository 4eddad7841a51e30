package org.schemaboard.spec.scalability;

import org.schemaboard.spec.Lists;
import org.schemaboard.spec.SectionContent;
import java.util.List;
import java.util.UUID;

/**
 * Read replicas, each with its purpose, the query patterns routed to it and the replication lag it tolerates; and the
 * query patterns that must stay on the primary (write-after-read).
 */
public record ReadReplicas(List<Replica> replicas, List<UUID> primaryQueryPatternIds, String guidelines)
        implements SectionContent {

    public static final ReadReplicas EMPTY = new ReadReplicas(List.of(), List.of(), null);

    public ReadReplicas {
        replicas = Lists.copy(replicas);
        primaryQueryPatternIds = Lists.copy(primaryQueryPatternIds);
    }

    public record Replica(String name, String purpose, List<UUID> queryPatternIds, Integer maxLagSeconds,
                          String notes) {

        public Replica {
            queryPatternIds = Lists.copy(queryPatternIds);
        }
    }
}

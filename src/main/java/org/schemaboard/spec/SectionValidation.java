package org.schemaboard.spec;

import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What makes a section unsaveable: a list row without the one thing that names it, numbers out of range, texts too
 * long. Everything else — a partition key that is not the entity's, too few partitions, a routing rule to a deleted
 * query pattern — is a {@link Check check} shown beside the plan, never a reason to refuse the save.
 * Field names are paths such as {@code plans[0].hashPartitions}, which the forms bind to their inputs.
 */
final class SectionValidation {

    static final int MAX_TEXT = 20_000;
    /** The requirements notes hold whole documents (architecture and requirements), not one field's text. */
    static final int MAX_REQUIREMENTS = 100_000;

    private final Map<String, String> errors = new LinkedHashMap<>();

    private SectionValidation() {
    }

    static Map<String, String> validate(SectionContent content) {
        SectionValidation v = new SectionValidation();
        v.lengths("", SectionJson.tree(content), content instanceof Requirements);
        v.check(content);
        return v.errors;
    }

    private void check(SectionContent content) {
        if (content instanceof Partitioning p) {
            uniqueEntities("plans", p.plans(), Partitioning.Plan::entityId, "the entity to partition",
                    "partitioning plan");
            for (int i = 0; i < p.plans().size(); i++) {
                Partitioning.Plan plan = p.plans().get(i);
                String at = "plans[" + i + "].";
                if (plan.strategy() == null) {
                    error(at + "strategy", "Choose RANGE, LIST or HASH");
                }
                range(at + "hashPartitions", plan.hashPartitions(), 1, 4096, "The number of partitions");
                for (Partitioning.Bound bound : plan.bounds()) {
                    if (bound.name() == null) {
                        error(at + "bounds", "Every partition needs a name, e.g. audit_log_2025_q1");
                    }
                }
            }
        } else if (content instanceof Sharding s) {
            range("shardCount", s.shardCount(), 1, 100_000, "The number of shards");
            uniqueEntities("keys", s.keys(), Sharding.ShardKey::entityId, "the sharded entity", "shard key");
        } else if (content instanceof ReadReplicas r) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < r.replicas().size(); i++) {
                ReadReplicas.Replica replica = r.replicas().get(i);
                String at = "replicas[" + i + "].";
                if (replica.name() == null) {
                    error(at + "name", "Name the replica, e.g. replica-reporting");
                } else if (!names.add(replica.name().toLowerCase())) {
                    error(at + "name", "Another replica is named " + replica.name());
                }
                range(at + "maxLagSeconds", replica.maxLagSeconds(), 0, 86_400, "The tolerated lag");
            }
        } else if (content instanceof VerticalPartitioning v) {
            uniqueEntities("splits", v.splits(), VerticalPartitioning.Split::entityId, "the entity to split",
                    "split");
        } else if (content instanceof Caching c) {
            for (int i = 0; i < c.entries().size(); i++) {
                Caching.CacheEntry entry = c.entries().get(i);
                if (entry.keyPattern() == null) {
                    error("entries[" + i + "].keyPattern", "Write the key pattern, e.g. product:{id}");
                }
                range("entries[" + i + "].ttlSeconds", entry.ttlSeconds(), 1, 31_536_000 * 10, "The time to live");
            }
        } else if (content instanceof DataVolume d) {
            uniqueEntities("entities", d.entities(), DataVolume.EntityVolume::entityId, "the entity",
                    "volume row");
            for (int i = 0; i < d.entities().size(); i++) {
                DataVolume.EntityVolume row = d.entities().get(i);
                nonNegative("entities[" + i + "].expectedRows", row.expectedRows(), "Expected rows");
                nonNegative("entities[" + i + "].growthPerMonth", row.growthPerMonth(), "Growth per month");
            }
        } else if (content instanceof DesignDecisions d) {
            for (int i = 0; i < d.dataTypes().size(); i++) {
                if (d.dataTypes().get(i).dataType() == null) {
                    error("dataTypes[" + i + "].dataType", "Name the data type, e.g. DECIMAL(12,2)");
                }
            }
        } else if (content instanceof MigrationStrategy m) {
            for (int i = 0; i < m.deploymentChecklist().size(); i++) {
                if (m.deploymentChecklist().get(i).text() == null) {
                    error("deploymentChecklist[" + i + "].text", "Write what must be checked, or remove the item");
                }
            }
        } else if (content instanceof NoSqlIntegration n) {
            for (int i = 0; i < n.blocks().size(); i++) {
                if (n.blocks().get(i).text() == null) {
                    error("blocks[" + i + "].text", "Write the block's text, or remove the block");
                }
            }
        } else if (content instanceof Monitoring m) {
            for (int i = 0; i < m.alerts().size(); i++) {
                Monitoring.AlertThreshold alert = m.alerts().get(i);
                if (alert.metric() == null) {
                    error("alerts[" + i + "].metric", "Name the metric, e.g. Replication lag");
                }
                if (alert.threshold() == null) {
                    error("alerts[" + i + "].threshold", "Give the threshold, e.g. > 30 s");
                }
            }
        } else if (content instanceof ChecklistTicks t) {
            for (String key : t.ticked()) {
                if (SpecificationChecklist.Item.byKey(key).filter(item -> !item.computed()).isEmpty()) {
                    error("ticked", "Only items the model cannot judge are ticked by hand; unknown item " + key);
                }
            }
        }
    }

    private <T> void uniqueEntities(String list, List<T> rows, Function<T, UUID> entity, String what, String noun) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            UUID id = entity.apply(rows.get(i));
            if (id == null) {
                error(list + "[" + i + "].entity", "Choose " + what);
            } else if (!seen.add(id)) {
                error(list + "[" + i + "].entity", "This entity has another " + noun + " already; keep one");
            }
        }
    }

    private void range(String field, Integer value, int min, int max, String what) {
        if (value != null && (value < min || value > max)) {
            error(field, what + " must be between " + min + " and " + max);
        }
    }

    private void nonNegative(String field, Long value, String what) {
        if (value != null && value < 0) {
            error(field, what + " cannot be negative");
        }
    }

    private void lengths(String path, JsonNode node, boolean requirements) {
        int max = requirements && path.equals("text") ? MAX_REQUIREMENTS : MAX_TEXT;
        if (node.isTextual() && node.asText().length() > max) {
            error(path, "Keep this under " + String.format("%,d", max) + " characters");
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> lengths(path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                    f.getValue(), requirements));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                lengths(path + "[" + i + "]", node.get(i), requirements);
            }
        }
    }

    private void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }
}

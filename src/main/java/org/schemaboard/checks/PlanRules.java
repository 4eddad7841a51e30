package org.schemaboard.checks;

import static org.schemaboard.spec.SpecificationChecklist.Item.SCALABILITY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;

/**
 * The scalability plans against the model: keys must be columns of their entity, HASH needs two partitions or more,
 * on PostgreSQL, MySQL and MariaDB every primary key and unique constraint of a partitioned table must contain the
 * partition key (the database refuses the table otherwise), routing rules and cache entries must point at query
 * patterns that exist, writes go to the primary.
 */
final class PlanRules {

    private static final String RECHECK = "Correct the plan; it is shown beside the plan in the editor.";

    static final Rule NO_PLAN = Rule.warning("no-scalability-plan", Rule.Category.SCALABILITY, SCALABILITY,
            "No scalability plan", "The brief asks for a scalability approach with specific implementation plans.",
            "Write at least one of read replicas, partitioning, sharding, caching or vertical scaling.");
    static final Rule UNSUPPORTED = plan("partitioning-unsupported", false, SpecSection.PARTITIONING,
            "Partitioning on a database without it", "The plan cannot be carried out on the target database.");
    static final Rule KEY_MISSING = plan("partition-key-missing", true, SpecSection.PARTITIONING,
            "Partition plan without key", "Without a key there is nothing to partition by.");
    static final Rule HASH_COUNT = plan("hash-partition-count", true, SpecSection.PARTITIONING,
            "HASH partitioning with fewer than 2 partitions", "One partition is no partitioning at all.");
    static final Rule HASH_BOUNDS = plan("hash-with-bounds", false, SpecSection.PARTITIONING,
            "HASH partitions with bounds", "HASH partitions are counted, not bounded; the bounds are ignored.");
    static final Rule BOUNDS_MISSING = plan("bounds-missing", false, SpecSection.PARTITIONING,
            "RANGE or LIST partitioning without partitions", "Rows with no partition to go to are refused.");
    static final Rule LIST_SINGLE = plan("list-single-column", true, SpecSection.PARTITIONING,
            "LIST partitioning over several columns on PostgreSQL", "PostgreSQL LIST partitioning takes one column.");
    static final Rule KEY_IN_UNIQUE = Rule.error("partition-key-in-unique", Rule.Category.SCALABILITY, SCALABILITY,
            "Unique constraint without the partition key", "The database refuses the partitioned table.",
            "Add the partition key columns to the primary key and every unique constraint, or choose a partition key "
                    + "they all contain.").in(SpecSection.PARTITIONING);
    static final Rule HASH_VOLUME = plan("hash-partition-without-volume", false, SpecSection.PARTITIONING,
            "HASH partitions with no volume estimate", "The partition count can only be chosen from the expected "
                    + "rows; without an estimate it is a guess.");
    static final Rule SHARD_KEY = plan("shard-key-missing", true, SpecSection.SHARDING,
            "Shard key without columns", "Without a key rows cannot be routed to a shard.");
    static final Rule SHARD_COUNT = plan("shard-count", false, SpecSection.SHARDING,
            "Sharding without a shard count", "The routing and the resharding plan depend on it.");
    static final Rule ROUTING_MISSING = plan("routing-pattern-missing", true, SpecSection.READ_REPLICAS,
            "Routing rule to a deleted query pattern", "The rule routes nothing.");
    static final Rule UNROUTED = plan("replica-unrouted", false, SpecSection.READ_REPLICAS,
            "Replica with no query pattern routed to it", "A replica nobody reads from is cost without benefit.");
    static final Rule ROUTED_TWICE = plan("routing-both", false, SpecSection.READ_REPLICAS,
            "Query pattern routed to a replica and kept on the primary", "The two rules contradict each other.");
    static final Rule REPLICA_WRITE = plan("replica-routes-write", true, SpecSection.READ_REPLICAS,
            "Replica routing a write pattern", "Replicas are read-only: the write fails, or is lost if it lands.");
    static final Rule BOTH_GROUPS = plan("column-in-both-groups", true, SpecSection.VERTICAL_PARTITIONING,
            "Column in both the hot and the cold group", "A column can live in one table only.");
    static final Rule CACHE_MISSING = plan("cache-pattern-missing", true, SpecSection.CACHING,
            "Cache entry for a deleted query pattern", "The entry caches nothing anyone asks for.");
    static final Rule CACHE_EXPIRY = plan("cache-without-expiry", false, SpecSection.CACHING,
            "Cache entry without TTL or invalidation", "A cache that never expires and is never invalidated "
                    + "serves stale data forever.");
    static final Rule ENTITY_MISSING = Rule.error("entity-missing", Rule.Category.SCALABILITY, SCALABILITY,
            "Plan for a deleted entity", "The plan refers to an entity that no longer exists.",
            "Remove the plan or choose the entity again.");
    static final Rule NOT_ATTRIBUTE = Rule.error("key-not-attribute", Rule.Category.SCALABILITY, SCALABILITY,
            "Key column of another entity", "A key must be made of the entity's own columns.",
            "Choose the key again from the entity's columns.");

    static final List<Rule> ALL = List.of(NO_PLAN, UNSUPPORTED, KEY_MISSING, HASH_COUNT, HASH_BOUNDS, BOUNDS_MISSING,
            LIST_SINGLE, KEY_IN_UNIQUE, HASH_VOLUME, SHARD_KEY, SHARD_COUNT, ROUTING_MISSING, UNROUTED, ROUTED_TWICE,
            REPLICA_WRITE, BOTH_GROUPS, CACHE_MISSING, CACHE_EXPIRY, ENTITY_MISSING, NOT_ATTRIBUTE);

    private static Rule plan(String id, boolean error, SpecSection section, String title, String why) {
        Rule rule = error ? Rule.error(id, Rule.Category.SCALABILITY, SCALABILITY, title, why, RECHECK)
                : Rule.warning(id, Rule.Category.SCALABILITY, SCALABILITY, title, why, RECHECK);
        return rule.in(section);
    }

    private final Findings f;

    private PlanRules(Findings f) {
        this.f = f;
    }

    static void check(Findings f) {
        if (!f.model.entities().isEmpty() && SpecSection.inGroup(SpecSection.Group.SCALABILITY).stream()
                .noneMatch(f.spec::filled)) {
            f.design(NO_PLAN, "No scalability plan is written yet");
        }
        PlanRules rules = new PlanRules(f);
        rules.readReplicas(f.spec.readReplicas());
        rules.partitioning(f.spec.partitioning());
        rules.sharding(f.spec.sharding());
        rules.verticalPartitioning(f.spec.verticalPartitioning());
        rules.caching(f.spec.caching());
    }

    private void partitioning(Partitioning plan) {
        TargetDatabase target = f.model.targetDatabase();
        Set<UUID> estimated = f.spec.dataVolume().entities().stream().filter(v -> v.expectedRows() != null)
                .map(DataVolume.EntityVolume::entityId).collect(Collectors.toSet());
        for (Partitioning.Plan p : plan.plans()) {
            Optional<Entity> found = entity(SpecSection.PARTITIONING, p.entityId(), "partitioning plan");
            if (found.isEmpty()) {
                continue;
            }
            Entity entity = found.get();
            if (target == TargetDatabase.SQLITE || target == TargetDatabase.H2) {
                report(UNSUPPORTED, entity, target.label() + " has no declarative table partitioning: this plan "
                        + "needs another database or an application-level split");
            }
            List<Attribute> key = key(SpecSection.PARTITIONING, entity, p.keyAttributeIds(), "partition key");
            if (p.keyAttributeIds().isEmpty()) {
                report(KEY_MISSING, entity, "Choose the partition key: one or more columns of " + entity.name());
            }
            if (p.strategy() == Partitioning.Strategy.HASH) {
                if (p.hashPartitions() == null || p.hashPartitions() < 2) {
                    report(HASH_COUNT, entity, "HASH partitioning needs at least 2 partitions"
                            + (p.hashPartitions() == null ? "; give the number" : ", not " + p.hashPartitions()));
                }
                if (!p.bounds().isEmpty()) {
                    report(HASH_BOUNDS, entity, "HASH partitions are counted, not bounded: the listed bounds are "
                            + "ignored");
                }
                if (!estimated.contains(entity.id())) {
                    report(HASH_VOLUME, entity, entity.name() + " is HASH partitioned but Data volume gives no "
                            + "expected rows for it");
                }
            } else if (p.strategy() != null && p.bounds().isEmpty()) {
                report(BOUNDS_MISSING, entity, p.strategy().name() + " partitioning needs its partitions: name each "
                        + "with its bound");
            }
            if (p.strategy() == Partitioning.Strategy.LIST && p.keyAttributeIds().size() > 1
                    && target == TargetDatabase.POSTGRESQL) {
                report(LIST_SINGLE, entity, "PostgreSQL LIST partitioning takes a single column; the key has "
                        + key.size());
            }
            if (!key.isEmpty()) {
                uniqueMustContainKey(entity, key, target);
            }
        }
    }

    /** PostgreSQL, MySQL and MariaDB refuse a unique constraint on a partitioned table without the partition key. */
    private void uniqueMustContainKey(Entity entity, List<Attribute> key, TargetDatabase target) {
        if (target != TargetDatabase.POSTGRESQL && target != TargetDatabase.MYSQL
                && target != TargetDatabase.MARIADB) {
            return;
        }
        Set<UUID> keyIds = key.stream().map(Attribute::id).collect(Collectors.toSet());
        List<String> lacking = new ArrayList<>();
        Set<Attribute> missing = new LinkedHashSet<>();
        List<Attribute> primaryKey = null;
        for (Map.Entry<String, List<Attribute>> constraint : uniqueConstraints(entity).entrySet()) {
            List<Attribute> columns = constraint.getValue();
            Set<UUID> ids = columns.stream().map(Attribute::id).collect(Collectors.toSet());
            if (ids.containsAll(keyIds)) {
                continue;
            }
            lacking.add(constraint.getKey() + " (" + names(columns) + ")");
            key.stream().filter(a -> !ids.contains(a.id())).forEach(missing::add);
            if (constraint.getKey().equals("primary key")) {
                primaryKey = columns;
            }
        }
        if (lacking.isEmpty()) {
            return;
        }
        String absent = names(List.copyOf(missing));
        String partitionKey = key.size() == 1 ? "the partition key " + absent
                : absent + " of the partition key (" + names(key) + ")";
        String example = primaryKey == null ? "" : ", e.g. primary key (" + names(union(primaryKey, key)) + ")";
        report(KEY_IN_UNIQUE, entity, "Not allowed on " + target.label() + ": the " + joined(lacking) + " of "
                + entity.name() + (lacking.size() == 1 ? " does" : " do") + " not contain " + partitionKey
                + ". Every primary key and unique constraint of a partitioned table must contain all partition key "
                + "columns. Fix: add " + absent + " to " + (lacking.size() == 1 ? "it" : "each") + example
                + ", or choose a partition key " + (lacking.size() == 1 ? "it contains" : "they all contain") + ".");
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The entity's primary key, unique columns and unique indexes, each with its columns. */
    private Map<String, List<Attribute>> uniqueConstraints(Entity entity) {
        Map<String, List<Attribute>> all = new LinkedHashMap<>();
        if (!entity.primaryKey().isEmpty()) {
            all.put("primary key", entity.primaryKey());
        }
        for (Attribute a : entity.attributes()) {
            if (a.unique() && !(a.primaryKey() && entity.primaryKey().size() == 1)) {
                all.put("unique column " + a.name(), List.of(a));
            }
        }
        for (Index index : f.indexesOf(entity.id())) {
            if (index.unique()) {
                all.put("unique index " + index.name(), index.columns().stream()
                        .map(c -> entity.attribute(c.attributeId())).flatMap(Optional::stream).toList());
            }
        }
        return all;
    }

    private void sharding(Sharding sharding) {
        for (Sharding.ShardKey key : sharding.keys()) {
            entity(SpecSection.SHARDING, key.entityId(), "shard key").ifPresent(entity -> {
                key(SpecSection.SHARDING, entity, key.attributeIds(), "shard key");
                if (key.attributeIds().isEmpty()) {
                    report(SHARD_KEY, entity, "Choose the shard key: one or more columns of " + entity.name());
                }
            });
        }
        if (!sharding.keys().isEmpty() && (sharding.shardCount() == null || sharding.shardCount() < 2)) {
            f.section(SHARD_COUNT, SpecSection.SHARDING, "Give the number of shards (2 or more) the keys are "
                    + "spread over");
        }
    }

    private void readReplicas(ReadReplicas replicas) {
        Set<UUID> onPrimary = new HashSet<>(replicas.primaryQueryPatternIds());
        for (UUID id : replicas.primaryQueryPatternIds()) {
            if (!f.patterns.containsKey(id)) {
                f.section(ROUTING_MISSING, SpecSection.READ_REPLICAS, null, "primary",
                        "A rule keeps a query pattern on the primary that no longer exists; choose again");
            }
        }
        for (ReadReplicas.Replica replica : replicas.replicas()) {
            if (replica.queryPatternIds().isEmpty()) {
                f.section(UNROUTED, SpecSection.READ_REPLICAS, null, replica.name(),
                        "No query pattern is routed to " + replica.name() + ": say which reads it serves");
            }
            for (UUID id : replica.queryPatternIds()) {
                QueryPattern pattern = f.patterns.get(id);
                if (pattern == null) {
                    f.section(ROUTING_MISSING, SpecSection.READ_REPLICAS, null, replica.name(), "A routing rule of "
                            + replica.name() + " points at a query pattern that no longer exists; choose again");
                    continue;
                }
                if (onPrimary.contains(id)) {
                    f.section(ROUTED_TWICE, SpecSection.READ_REPLICAS, null, replica.name(), "\"" + pattern.name()
                            + "\" is routed to " + replica.name() + " and also kept on the primary; choose one");
                }
                if (IndexRules.isWrite(pattern.sql())) {
                    f.section(REPLICA_WRITE, SpecSection.READ_REPLICAS, null, replica.name(), "\"" + pattern.name()
                            + "\" writes, but is routed to the read replica " + replica.name());
                }
            }
        }
    }

    private void verticalPartitioning(VerticalPartitioning plan) {
        for (VerticalPartitioning.Split split : plan.splits()) {
            entity(SpecSection.VERTICAL_PARTITIONING, split.entityId(), "split").ifPresent(entity -> {
                key(SpecSection.VERTICAL_PARTITIONING, entity, split.hotAttributeIds(), "hot column group");
                key(SpecSection.VERTICAL_PARTITIONING, entity, split.coldAttributeIds(), "cold column group");
                Set<UUID> both = new LinkedHashSet<>(split.hotAttributeIds());
                both.retainAll(split.coldAttributeIds());
                both.forEach(id -> entity.attribute(id).ifPresent(a -> report(BOTH_GROUPS, entity,
                        a.name() + " is in both the hot and the cold group")));
            });
        }
    }

    private void caching(Caching caching) {
        for (Caching.CacheEntry entry : caching.entries()) {
            if (entry.queryPatternIds().stream().anyMatch(id -> !f.patterns.containsKey(id))) {
                f.section(CACHE_MISSING, SpecSection.CACHING, null, entry.keyPattern(),
                        "The cache entry " + entry.keyPattern() + " serves a query pattern that no longer exists");
            }
            if (entry.ttlSeconds() == null && (entry.invalidation() == null || entry.invalidation().isBlank())) {
                f.section(CACHE_EXPIRY, SpecSection.CACHING, null, entry.keyPattern(), "The cache entry "
                        + entry.keyPattern() + " has neither a time to live nor an invalidation rule");
            }
        }
    }

    /** The plan's entity, or a finding when it was deleted since. */
    private Optional<Entity> entity(SpecSection section, UUID entityId, String what) {
        if (entityId == null) {
            // a row still being filled in (the service refuses to save it without its entity)
            return Optional.empty();
        }
        Optional<Entity> entity = f.entity(entityId);
        if (entity.isEmpty()) {
            f.section(ENTITY_MISSING.in(section), section, null, "(deleted entity)", "A " + what
                    + " is for an entity that no longer exists; remove it or choose the entity again");
        }
        return entity;
    }

    /** The key's attributes that belong to the entity; a finding for each that does not. */
    private List<Attribute> key(SpecSection section, Entity entity, List<UUID> ids, String what) {
        List<Attribute> key = new ArrayList<>();
        for (UUID id : ids) {
            Optional<Attribute> own = entity.attribute(id);
            if (own.isPresent()) {
                key.add(own.get());
            } else {
                Attribute other = f.attributes.get(id);
                f.section(NOT_ATTRIBUTE.in(section), section, entity.id(), entity.name(), "The " + what + " of "
                        + entity.name() + (other == null ? " names a column that no longer exists"
                        : " names " + f.column(id) + ", which is not a column of " + entity.name())
                        + "; a key must be made of the entity's own columns");
            }
        }
        return key;
    }

    private void report(Rule rule, Entity entity, String message) {
        f.section(rule, rule.section(), entity.id(), entity.name(), message);
    }

    private static List<Attribute> union(List<Attribute> a, List<Attribute> b) {
        List<Attribute> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    private static String names(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::name).collect(Collectors.joining(", "));
    }
}

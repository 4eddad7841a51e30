package org.schemaboard.spec;

import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;

/**
 * Checks of the scalability plan against the model: a pure function, shown beside the plan and in the checklist.
 * Keys must be attributes of their entity; HASH needs two partitions or more; on PostgreSQL, MySQL and MariaDB every
 * primary key and unique constraint of a partitioned table must contain the partition key (the database refuses the
 * table otherwise); routing rules and cache entries must point at query patterns that exist.
 */
public final class SpecificationChecks {

    private final DesignModel model;
    private final List<Check> found = new ArrayList<>();

    private SpecificationChecks(DesignModel model) {
        this.model = model;
    }

    /** Every finding about the scalability sections, in section order. */
    public static List<Check> scalability(DesignModel model, Specification spec) {
        SpecificationChecks checks = new SpecificationChecks(model);
        checks.readReplicas(spec.readReplicas());
        checks.partitioning(spec.partitioning());
        checks.sharding(spec.sharding());
        checks.verticalPartitioning(spec.verticalPartitioning());
        checks.caching(spec.caching());
        return List.copyOf(checks.found);
    }

    /** The findings about one section only. */
    public static List<Check> of(DesignModel model, Specification spec, SpecSection section) {
        return scalability(model, spec).stream().filter(c -> c.section() == section).toList();
    }

    private void partitioning(Partitioning plan) {
        TargetDatabase target = model.targetDatabase();
        for (Partitioning.Plan p : plan.plans()) {
            Optional<Entity> found = entity(SpecSection.PARTITIONING, p.entityId(), "partitioning plan");
            if (found.isEmpty()) {
                continue;
            }
            Entity entity = found.get();
            if (target == TargetDatabase.SQLITE || target == TargetDatabase.H2) {
                warn(SpecSection.PARTITIONING, "partitioning-unsupported", entity, target.label()
                        + " has no declarative table partitioning: this plan needs another database or an "
                        + "application-level split");
            }
            List<Attribute> key = key(SpecSection.PARTITIONING, entity, p.keyAttributeIds(), "partition key");
            if (p.keyAttributeIds().isEmpty()) {
                problem(SpecSection.PARTITIONING, "partition-key-missing", entity,
                        "Choose the partition key: one or more columns of " + entity.name());
            }
            if (p.strategy() == Partitioning.Strategy.HASH) {
                if (p.hashPartitions() == null || p.hashPartitions() < 2) {
                    problem(SpecSection.PARTITIONING, "hash-partition-count", entity,
                            "HASH partitioning needs at least 2 partitions"
                                    + (p.hashPartitions() == null ? "; give the number" : ", not "
                                    + p.hashPartitions()));
                }
                if (!p.bounds().isEmpty()) {
                    warn(SpecSection.PARTITIONING, "hash-with-bounds", entity,
                            "HASH partitions are counted, not bounded: the listed bounds are ignored");
                }
            } else if (p.strategy() != null && p.bounds().isEmpty()) {
                warn(SpecSection.PARTITIONING, "bounds-missing", entity, p.strategy().name()
                        + " partitioning needs its partitions: name each with its bound");
            }
            if (p.strategy() == Partitioning.Strategy.LIST && p.keyAttributeIds().size() > 1
                    && target == TargetDatabase.POSTGRESQL) {
                problem(SpecSection.PARTITIONING, "list-single-column", entity,
                        "PostgreSQL LIST partitioning takes a single column; the key has " + key.size());
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
        problem(SpecSection.PARTITIONING, "partition-key-in-unique", entity, "Not allowed on " + target.label()
                + ": the " + joined(lacking) + " of " + entity.name() + (lacking.size() == 1 ? " does" : " do")
                + " not contain " + partitionKey + ". Every primary key and unique constraint of a partitioned "
                + "table must contain all partition key columns. Fix: add " + absent + " to "
                + (lacking.size() == 1 ? "it" : "each") + example + ", or choose a partition key "
                + (lacking.size() == 1 ? "it contains" : "they all contain") + ".");
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The entity's primary key, unique columns and unique indexes, each with its columns. */
    private Map<String, List<Attribute>> uniqueConstraints(Entity entity) {
        Map<String, List<Attribute>> all = new java.util.LinkedHashMap<>();
        if (!entity.primaryKey().isEmpty()) {
            all.put("primary key", entity.primaryKey());
        }
        for (Attribute a : entity.attributes()) {
            if (a.unique() && !(a.primaryKey() && entity.primaryKey().size() == 1)) {
                all.put("unique column " + a.name(), List.of(a));
            }
        }
        for (Index index : model.indexesOf(entity.id())) {
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
                    problem(SpecSection.SHARDING, "shard-key-missing", entity,
                            "Choose the shard key: one or more columns of " + entity.name());
                }
            });
        }
        if (!sharding.keys().isEmpty() && (sharding.shardCount() == null || sharding.shardCount() < 2)) {
            warn(SpecSection.SHARDING, "shard-count", null, "Give the number of shards (2 or more) the keys "
                    + "are spread over");
        }
    }

    private void readReplicas(ReadReplicas replicas) {
        Set<UUID> onPrimary = new HashSet<>(replicas.primaryQueryPatternIds());
        for (UUID id : replicas.primaryQueryPatternIds()) {
            if (model.queryPattern(id).isEmpty()) {
                problem(SpecSection.READ_REPLICAS, "routing-pattern-missing", null, "primary",
                        "A rule keeps a query pattern on the primary that no longer exists; choose again");
            }
        }
        for (ReadReplicas.Replica replica : replicas.replicas()) {
            if (replica.queryPatternIds().isEmpty()) {
                warn(SpecSection.READ_REPLICAS, "replica-unrouted", null, replica.name(),
                        "No query pattern is routed to " + replica.name() + ": say which reads it serves");
            }
            for (UUID id : replica.queryPatternIds()) {
                if (model.queryPattern(id).isEmpty()) {
                    problem(SpecSection.READ_REPLICAS, "routing-pattern-missing", null, replica.name(),
                            "A routing rule of " + replica.name() + " points at a query pattern that no longer "
                                    + "exists; choose again");
                } else if (onPrimary.contains(id)) {
                    warn(SpecSection.READ_REPLICAS, "routing-both", null, replica.name(), "\""
                            + model.queryPattern(id).orElseThrow().name() + "\" is routed to " + replica.name()
                            + " and also kept on the primary; choose one");
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
                both.forEach(id -> entity.attribute(id).ifPresent(a -> problem(SpecSection.VERTICAL_PARTITIONING,
                        "column-in-both-groups", entity, a.name() + " is in both the hot and the cold group")));
            });
        }
    }

    private void caching(Caching caching) {
        for (Caching.CacheEntry entry : caching.entries()) {
            if (entry.queryPatternIds().stream().anyMatch(id -> model.queryPattern(id).isEmpty())) {
                problem(SpecSection.CACHING, "cache-pattern-missing", null, entry.keyPattern(),
                        "The cache entry " + entry.keyPattern() + " serves a query pattern that no longer exists");
            }
        }
    }

    /** The plan's entity, or a problem when it was deleted since. */
    private Optional<Entity> entity(SpecSection section, UUID entityId, String what) {
        if (entityId == null) {
            // A row still being filled in (the service refuses to save it without its entity).
            return Optional.empty();
        }
        Optional<Entity> entity = model.entity(entityId);
        if (entity.isEmpty()) {
            problem(section, "entity-missing", entityId, "(deleted entity)",
                    "A " + what + " is for an entity that no longer exists; remove it or choose the entity again");
        }
        return entity;
    }

    /** The key's attributes that belong to the entity; a problem for each that does not. */
    private List<Attribute> key(SpecSection section, Entity entity, List<UUID> ids, String what) {
        List<Attribute> key = new ArrayList<>();
        Map<UUID, Attribute> all = model.attributesById();
        Map<UUID, Entity> owners = model.entityOfAttribute();
        for (UUID id : ids) {
            Optional<Attribute> own = entity.attribute(id);
            if (own.isPresent()) {
                key.add(own.get());
            } else {
                Attribute other = all.get(id);
                problem(section, "key-not-attribute", entity, "The " + what + " of " + entity.name()
                        + (other == null ? " names a column that no longer exists"
                        : " names " + owners.get(id).name() + "." + other.name() + ", which is not a column of "
                        + entity.name()) + "; a key must be made of the entity's own columns");
            }
        }
        return key;
    }

    private static List<Attribute> union(List<Attribute> a, List<Attribute> b) {
        List<Attribute> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    private static String names(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::name).collect(Collectors.joining(", "));
    }

    private void problem(SpecSection section, String rule, Entity entity, String message) {
        found.add(new Check(Check.Severity.PROBLEM, section, rule, entity == null ? null : entity.id(),
                entity == null ? null : entity.name(), message));
    }

    private void problem(SpecSection section, String rule, UUID entityId, String subject, String message) {
        found.add(new Check(Check.Severity.PROBLEM, section, rule, entityId, subject, message));
    }

    private void warn(SpecSection section, String rule, Entity entity, String message) {
        found.add(new Check(Check.Severity.WARNING, section, rule, entity == null ? null : entity.id(),
                entity == null ? null : entity.name(), message));
    }

    private void warn(SpecSection section, String rule, UUID entityId, String subject, String message) {
        found.add(new Check(Check.Severity.WARNING, section, rule, entityId, subject, message));
    }
}

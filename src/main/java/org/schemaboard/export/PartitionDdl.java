package org.schemaboard.export;

import static org.schemaboard.export.DdlSupport.columnList;
import static org.schemaboard.export.DdlSupport.present;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.spec.scalability.Partitioning;

/**
 * The partitioning plans of the specification in the DDL: the {@code PARTITION BY} clause of a table and its
 * {@code PARTITION OF} tables for PostgreSQL, a note for the other dialects and for plans PostgreSQL would refuse.
 */
final class PartitionDdl {

    private final Map<UUID, Partitioning.Plan> plans = new HashMap<>();
    private final SqlDialectChoice dialect;
    private final DSLContext ctx;
    private final NameAllocator names;
    private final ModelView view;
    private final List<DdlScript.StatementDdl> partitions = new ArrayList<>();

    PartitionDdl(Partitioning partitioning, SqlDialectChoice dialect, DSLContext ctx, NameAllocator names,
                 ModelView view) {
        partitioning.plans().forEach(p -> plans.putIfAbsent(p.entityId(), p));
        this.dialect = dialect;
        this.ctx = ctx;
        this.names = names;
        this.view = view;
    }

    /** The {@code PARTITION OF} statements of every table {@link #partitionBy} declared, in table order. */
    List<DdlScript.StatementDdl> statements() {
        return partitions;
    }

    /**
     * {@code PARTITION BY …} for the entity's partitioning plan on PostgreSQL (and its {@code PARTITION OF} tables
     * into {@link #statements()}), or "" with a note saying why the plan is not declared: other dialects, or a plan
     * PostgreSQL would refuse (every primary key and unique constraint must include the partition key).
     */
    String partitionBy(Entity e, List<String> notes) {
        Partitioning.Plan plan = plans.get(e.id());
        if (plan == null || plan.strategy() == null) {
            return "";
        }
        Map<UUID, Attribute> own = new HashMap<>();
        e.attributes().forEach(a -> own.put(a.id(), a));
        List<Attribute> key = plan.keyAttributeIds().stream().map(own::get).filter(a -> a != null).toList();
        String describe = plan.strategy().name() + " (" + columnList(key) + ")";
        if (dialect != SqlDialectChoice.POSTGRESQL) {
            notes.add(e.name() + ": partitioned by " + describe + " in the design; declared in the PostgreSQL DDL only");
            return "";
        }
        String refusal = null;
        if (key.isEmpty() || key.size() != plan.keyAttributeIds().size()) {
            refusal = "its partition key is not a list of the table's own columns";
        } else if (plan.strategy() == Partitioning.Strategy.HASH
                && (plan.hashPartitions() == null || plan.hashPartitions() < 1)) {
            refusal = "a hash partitioning needs the number of partitions";
        } else {
            Set<UUID> keyIds = new HashSet<>(plan.keyAttributeIds());
            List<Attribute> pk = e.primaryKey();
            if (!pk.isEmpty() && !pk.stream().map(Attribute::id).toList().containsAll(keyIds)) {
                refusal = "PostgreSQL requires the primary key (" + columnList(pk) + ") to include the partition key ("
                        + columnList(key) + ")";
            }
            for (Index index : view.indexesOf(e.id())) {
                if (refusal == null && index.unique() && !index.columns().stream().map(Index.IndexColumn::attributeId)
                        .toList().containsAll(keyIds)) {
                    refusal = "PostgreSQL requires the unique index " + index.name()
                            + " to include the partition key (" + columnList(key) + ")";
                }
            }
            for (Attribute a : e.attributes()) {
                if (refusal == null && a.unique() && !(keyIds.size() == 1 && keyIds.contains(a.id()))) {
                    refusal = "PostgreSQL requires the unique constraint on " + a.name()
                            + " to include the partition key (" + columnList(key) + ")";
                }
            }
        }
        if (refusal != null) {
            notes.add(e.name() + ": the design partitions it by " + describe + ", not declared here: " + refusal
                    + " (see the scalability findings)");
            return "";
        }
        String table = ctx.render(DSL.table(name(e.name())));
        String columns = String.join(", ", key.stream().map(a -> ctx.render(name(a.name()))).toList());
        if (plan.strategy() == Partitioning.Strategy.HASH) {
            for (int i = 0; i < plan.hashPartitions(); i++) {
                String part = names.allocate(NameAllocator.SCHEMA, e.name() + "_p" + i);
                partitions.add(new DdlScript.StatementDdl(e, "CREATE TABLE " + ctx.render(name(part)) + " PARTITION OF "
                        + table + " FOR VALUES WITH (MODULUS " + plan.hashPartitions() + ", REMAINDER " + i + ");"));
            }
        } else {
            if (plan.bounds().isEmpty()) {
                notes.add(e.name() + ": no partitions are declared yet; rows cannot be inserted until one exists");
            }
            for (Partitioning.Bound bound : plan.bounds()) {
                String part = names.allocate(NameAllocator.SCHEMA, present(bound.name()) ? bound.name().strip()
                        : e.name() + "_part");
                partitions.add(new DdlScript.StatementDdl(e, "CREATE TABLE " + ctx.render(name(part)) + " PARTITION OF "
                        + table + " " + partitionBound(plan.strategy(), bound.bound()) + ";"));
            }
        }
        return "\nPARTITION BY " + plan.strategy().name() + " (" + columns + ")";
    }

    /** A designer's bound as PostgreSQL wants it: "FROM (…) TO (…)" and "IN (…)" get their "FOR VALUES". */
    private static String partitionBound(Partitioning.Strategy strategy, String bound) {
        String b = bound == null ? "" : bound.strip();
        String upper = b.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("DEFAULT") || upper.startsWith("FOR VALUES")) {
            return b;
        }
        if (strategy == Partitioning.Strategy.LIST && !upper.startsWith("IN")) {
            return "FOR VALUES IN (" + b + ")";
        }
        return "FOR VALUES " + b;
    }

    private org.jooq.Name name(String identifier) {
        return DdlSupport.name(identifier, dialect);
    }
}

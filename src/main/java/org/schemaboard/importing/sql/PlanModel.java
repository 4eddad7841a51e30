package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.scalability.Partitioning;

/**
 * A dump's plan as an in-memory design, with the names exactly as the dump writes them and nothing stored: what the
 * command line's {@code lint --file dump.sql} checks without opening a database. Its partitioned tables become
 * partitioning plans, so the partition-key rules see them.
 */
public final class PlanModel {

    /** The design and its (partitioning-only) specification. */
    public record Design(DesignModel model, Specification specification) {
    }

    private PlanModel() {
    }

    public static Design of(ImportPlan plan, String name) {
        UUID designId = UUID.randomUUID();
        Map<String, UUID> entityIds = new HashMap<>();
        Map<String, UUID> attributeIds = new HashMap<>();
        Map<String, List<ImportPlan.ForeignKey>> fksByTable = SqlImportService.foreignKeysByTable(plan);
        List<Entity> entities = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (ImportPlan.Table table : plan.tables()) {
            UUID entityId = UUID.randomUUID();
            entityIds.put(key(table.name()), entityId);
            Set<String> pk = new HashSet<>(table.primaryKey().stream().map(PlanModel::key).toList());
            Set<String> singleUnique = new HashSet<>();
            table.uniqueConstraints().stream().filter(u -> u.size() == 1).forEach(u -> singleUnique.add(key(u.get(0))));
            List<Attribute> attributes = new ArrayList<>();
            for (ImportPlan.Column c : table.columns()) {
                UUID id = UUID.randomUUID();
                attributeIds.put(key(table.name()) + "." + key(c.name()), id);
                // a primary key column is NOT NULL whether or not the dump says so
                attributes.add(new Attribute(id, entityId, attributes.size() + 1, c.name(), c.type(), c.length(),
                        c.precision(), c.scale(), c.nullable() && !pk.contains(key(c.name())), c.defaultValue(),
                        pk.contains(key(c.name())),
                        singleUnique.contains(key(c.name())), c.autoIncrement(), c.check(), c.comment(), 1));
            }
            EntityKind kind = SqlImportService.junctionLinks(table, fksByTable).isEmpty() ? EntityKind.CORE
                    : EntityKind.JUNCTION;
            entities.add(new Entity(entityId, table.name(), kind, table.comment(), null, null, null, 1, attributes));
            int n = 0;
            for (List<String> unique : table.uniqueConstraints()) {
                if (unique.size() > 1) {
                    indexes.add(new Index(UUID.randomUUID(), entityId, table.name() + "_unique_" + (++n),
                            columns(attributeIds, table.name(), unique), true, null, IndexMethod.BTREE, null, null,
                            List.of(), 1));
                }
            }
        }
        for (ImportPlan.IndexPlan index : plan.indexes()) {
            UUID entityId = entityIds.get(key(index.table()));
            if (entityId == null) {
                continue;
            }
            IndexMethod method = Arrays.stream(IndexMethod.values()).filter(m -> m.label().equals(index.method()))
                    .findFirst().orElse(IndexMethod.BTREE);
            indexes.add(new Index(UUID.randomUUID(), entityId, index.name(), index.columns().stream()
                    .map(c -> new Index.IndexColumn(attributeIds.get(key(index.table()) + "." + key(c.name())),
                            c.descending())).filter(c -> c.attributeId() != null).toList(), index.unique(),
                    index.where(), method, null, null, List.of(), 1));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (ImportPlan.ForeignKey fk : plan.foreignKeys()) {
            UUID from = entityIds.get(key(fk.referencedTable()));
            UUID to = entityIds.get(key(fk.table()));
            if (from == null || to == null) {
                continue;
            }
            List<Relationship.ColumnPair> pairs = new ArrayList<>();
            for (int c = 0; c < fk.columns().size() && c < fk.referencedColumns().size(); c++) {
                UUID key = attributeIds.get(key(fk.referencedTable()) + "." + key(fk.referencedColumns().get(c)));
                UUID column = attributeIds.get(key(fk.table()) + "." + key(fk.columns().get(c)));
                if (key != null && column != null) {
                    pairs.add(new Relationship.ColumnPair(key, column));
                }
            }
            relationships.add(new Relationship(UUID.randomUUID(), fk.name(), from, to, Cardinality.ONE_TO_MANY, pairs,
                    action(fk.onDelete()), action(fk.onUpdate()), null, false, null, null, 1));
        }
        DesignModel model = new DesignModel(designId, name, plan.dialect().target(), null, entities, relationships,
                indexes, List.of());
        return new Design(model, Specification.empty(designId).with(partitioning(plan, entityIds, attributeIds)));
    }

    private static Partitioning partitioning(ImportPlan plan, Map<String, UUID> entityIds,
                                             Map<String, UUID> attributeIds) {
        List<Partitioning.Plan> plans = new ArrayList<>();
        for (ImportPlan.Partitioning p : plan.partitionings()) {
            UUID entityId = entityIds.get(key(p.table()));
            Partitioning.Strategy strategy = Arrays.stream(Partitioning.Strategy.values())
                    .filter(s -> s.name().equalsIgnoreCase(p.strategy())).findFirst().orElse(null);
            List<UUID> keyIds = Arrays.stream(p.key().replaceAll("[()\"`]", "").split(","))
                    .map(c -> attributeIds.get(key(p.table()) + "." + key(c.strip()))).filter(id -> id != null)
                    .toList();
            if (entityId == null || strategy == null || keyIds.isEmpty()) {
                continue;
            }
            boolean hash = strategy == Partitioning.Strategy.HASH;
            plans.add(new Partitioning.Plan(entityId, strategy, keyIds, hash ? p.partitions().size() : null,
                    hash ? List.of() : p.partitions().stream().map(b -> new Partitioning.Bound(b.name(), b.bound()))
                            .toList(), null, null));
        }
        return new Partitioning(plans);
    }

    private static List<Index.IndexColumn> columns(Map<String, UUID> attributeIds, String table, List<String> names) {
        return names.stream().map(c -> attributeIds.get(key(table) + "." + key(c))).filter(id -> id != null)
                .map(id -> new Index.IndexColumn(id, false)).toList();
    }

    private static ReferentialAction action(String sql) {
        return sql == null ? ReferentialAction.NO_ACTION : Arrays.stream(ReferentialAction.values())
                .filter(a -> a.sql().equalsIgnoreCase(sql.strip())).findFirst().orElse(ReferentialAction.NO_ACTION);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.schemaboard.export.MigrationDdl;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;

/**
 * The statements that take a database from one state's schema to another's, in an order every engine accepts:
 * foreign keys, indexes and keys that go or change are dropped first, then tables dropped and renamed, columns
 * dropped, renamed, added and altered, new tables created (without foreign keys), and keys, indexes and foreign keys
 * added last. Keys, indexes and foreign keys are paired by what they are (table, columns, definition, in the newer
 * state's terms), not by name: one whose name alone changed is renamed where the engine can.
 */
final class MigrationPlanner {

    private final DesignModel older;
    private final DesignModel newer;
    private final Function<UUID, Optional<UUID>> toNewer;
    private final MigrationDdl before;
    private final MigrationDdl after;
    private final Map<UUID, Attribute> olderAttributes;
    private final Map<UUID, Entity> olderById;
    private final Map<UUID, Entity> newerById;
    private final Map<UUID, Attribute> newerAttributes;
    private final Map<UUID, Entity> newerOwner;
    private final List<String> statements = new ArrayList<>();
    /** Tables whose columns render the same in both states: their columns are neither typed nor compared. */
    private final Set<UUID> unchanged;

    private MigrationPlanner(Direction direction, MigrationDdl before, MigrationDdl after) {
        this.older = direction.older();
        this.newer = direction.newer();
        this.toNewer = direction.toNewer();
        this.before = before;
        this.after = after;
        this.olderAttributes = direction.olderAttributes();
        this.olderById = direction.olderById();
        this.newerById = direction.newerById();
        this.newerAttributes = direction.newerAttributes();
        this.newerOwner = direction.newerOwner();
        this.unchanged = direction.unchanged();
    }

    /**
     * What planning in one direction needs whatever the dialect: the two states' elements by id (looking entities up
     * in the models' lists made planning quadratic in the number of tables) and the tables whose columns are
     * unchanged. Made once per direction and shared by the dialects' plans.
     *
     * @param newerAttributes the newer state's attributes by id, with {@code newerOwner} the entity that lists each
     *                        (an entity's own lookup scans its list)
     */
    record Direction(DesignModel older, DesignModel newer, Function<UUID, Optional<UUID>> toNewer,
                     Map<UUID, Attribute> olderAttributes, Map<UUID, Entity> olderById, Map<UUID, Entity> newerById,
                     Map<UUID, Attribute> newerAttributes, Map<UUID, Entity> newerOwner, Set<UUID> unchanged) {

        static Direction of(DesignModel older, DesignModel newer, Function<UUID, Optional<UUID>> toNewer) {
            Map<UUID, Entity> olderById = new java.util.HashMap<>();
            Map<UUID, Entity> newerById = new java.util.HashMap<>();
            Map<UUID, Attribute> newerAttributes = new java.util.HashMap<>();
            Map<UUID, Entity> newerOwner = new java.util.HashMap<>();
            older.entities().forEach(e -> olderById.put(e.id(), e));
            newer.entities().forEach(e -> newerById.put(e.id(), e));
            for (Entity e : newer.entities()) {
                for (Attribute a : e.attributes()) {
                    newerAttributes.putIfAbsent(a.id(), a);
                    newerOwner.putIfAbsent(a.id(), e);
                }
            }
            return new Direction(older, newer, toNewer, older.attributesById(), olderById, newerById, newerAttributes,
                    newerOwner, UnchangedTables.of(older, newer, toNewer));
        }
    }

    static List<String> plan(Direction direction, MigrationDdl before, MigrationDdl after) {
        MigrationPlanner p = new MigrationPlanner(direction, before, after);
        p.run();
        return p.statements;
    }

    private void run() {
        Set<UUID> typeChanged = typeChangedColumns();
        // foreign keys: paired by definition; one on a column whose type changes is re-added around the change
        Map<List<Object>, MigrationDdl.Key> newFks = new java.util.LinkedHashMap<>();
        after.foreignKeys().values().forEach(k -> newFks.put(signature(k, false), k));
        Set<List<Object>> keptFks = new HashSet<>();
        List<MigrationDdl.Key[]> fkRenames = new ArrayList<>();
        Set<UUID> droppedKeyTables = new HashSet<>();
        List<MigrationDdl.Key> droppedKeys = new ArrayList<>();
        Map<List<Object>, MigrationDdl.Key> newKeys = new java.util.LinkedHashMap<>();
        newer.entities().forEach(e -> after.keys(e.id()).forEach(k -> newKeys.put(signature(k, false), k)));
        Set<List<Object>> keptKeys = new HashSet<>();
        List<MigrationDdl.Key[]> keyRenames = new ArrayList<>();
        for (Entity e : older.entities()) {
            if (mapped(e.id()) == null) {
                continue;
            }
            for (MigrationDdl.Key k : before.keys(e.id())) {
                List<Object> sig = signature(k, true);
                MigrationDdl.Key match = newKeys.get(sig);
                if (match != null && !k.columns().stream().anyMatch(c -> typeChanged.contains(c) && k.kind() == MigrationDdl.KeyKind.CHECK)
                        && (match.name().equalsIgnoreCase(k.name()) || before.canRename(k))) {
                    keptKeys.add(sig);
                    if (!match.name().equalsIgnoreCase(k.name())) {
                        keyRenames.add(new MigrationDdl.Key[] {k, match});
                    }
                } else {
                    droppedKeys.add(k);
                    if (k.kind() != MigrationDdl.KeyKind.CHECK) {
                        droppedKeyTables.add(e.id());
                    }
                }
            }
        }
        List<MigrationDdl.Key> droppedFks = new ArrayList<>();
        for (MigrationDdl.Key k : before.foreignKeys().values()) {
            List<Object> sig = signature(k, true);
            MigrationDdl.Key match = newFks.get(sig);
            boolean retyped = k.columns().stream().anyMatch(typeChanged::contains)
                    || k.referencedColumns().stream().anyMatch(typeChanged::contains);
            boolean keyGone = droppedKeyTables.contains(k.referencedEntity());
            if (match != null && !retyped && !keyGone && (match.name().equalsIgnoreCase(k.name()) || before.canRename(k))) {
                keptFks.add(sig);
                if (!match.name().equalsIgnoreCase(k.name())) {
                    fkRenames.add(new MigrationDdl.Key[] {k, match});
                }
            } else {
                droppedFks.add(k);
            }
        }
        droppedFks.forEach(k -> add(before.dropKey(olderName(k.entityId()), k)));
        // indexes
        Map<List<Object>, MigrationDdl.IndexDef> newIndexes = new java.util.LinkedHashMap<>();
        after.indexes().values().forEach(i -> newIndexes.put(signature(i, false), i));
        Set<List<Object>> keptIndexes = new HashSet<>();
        List<Object[]> indexRenames = new ArrayList<>();
        for (MigrationDdl.IndexDef i : before.indexes().values()) {
            if (mapped(i.entityId()) == null) {
                continue;
            }
            List<Object> sig = signature(i, true);
            MigrationDdl.IndexDef match = newIndexes.get(sig);
            if (match != null && !keptIndexes.contains(sig)) {
                keptIndexes.add(sig);
                if (!match.name().equalsIgnoreCase(i.name()) && i.created()) {
                    indexRenames.add(new Object[] {i, match});
                }
            } else {
                add(before.dropIndex(olderName(i.entityId()), i));
            }
        }
        droppedKeys.forEach(k -> add(before.dropKey(olderName(k.entityId()), k)));
        // tables
        for (Entity e : older.entities()) {
            if (mapped(e.id()) == null) {
                add(before.dropTable(e.name()));
            }
        }
        for (Entity e : older.entities()) {
            Entity n = mapped(e.id());
            if (n != null && !n.name().equals(e.name())) {
                add(before.renameTable(e.name(), n.name()));
            }
        }
        // columns of tables in both states
        for (Entity e : older.entities()) {
            Entity n = mapped(e.id());
            if (n == null) {
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (newAttribute(a.id(), n) == null) {
                    add(before.dropColumn(n.name(), a.name()));
                }
            }
            for (Attribute a : e.attributes()) {
                Attribute m = newAttribute(a.id(), n);
                if (m != null && !m.name().equals(a.name())) {
                    add(before.renameColumn(n.name(), a.name(), m.name()));
                }
            }
            Set<UUID> existing = new HashSet<>();
            e.attributes().forEach(a -> toNewer.apply(a.id()).ifPresent(existing::add));
            for (Attribute m : n.attributes()) {
                if (!existing.contains(m.id())) {
                    add(after.addColumn(n.name(), m.id()));
                }
            }
            for (Attribute a : unchanged.contains(e.id()) ? List.<Attribute>of() : e.attributes()) {
                Attribute m = newAttribute(a.id(), n);
                if (m != null && !after.column(m.id()).equals(withId(before.column(a.id()), m.id()))) {
                    after.alterColumn(n.name(), m.name(), m.id(), before.column(a.id())).forEach(this::add);
                }
            }
        }
        Set<UUID> createdTables = new HashSet<>();
        Set<UUID> kept = new HashSet<>();
        older.entities().forEach(e -> toNewer.apply(e.id()).ifPresent(kept::add));
        for (Entity n : newer.entities()) {
            if (!kept.contains(n.id())) {
                add(after.createTable(n.id()));
                createdTables.add(n.id());
            }
        }
        for (MigrationDdl.Key[] r : keyRenames) {
            add(before.renameKey(newerName(r[1].entityId()), r[0], r[1].name()));
        }
        newKeys.forEach((sig, k) -> {
            if (!keptKeys.contains(sig) && !createdTables.contains(k.entityId())) {
                add(after.addKey(newerName(k.entityId()), k));
            }
        });
        for (Object[] r : indexRenames) {
            MigrationDdl.IndexDef old = (MigrationDdl.IndexDef) r[0];
            MigrationDdl.IndexDef now = (MigrationDdl.IndexDef) r[1];
            add(before.renameIndex(newerName(now.entityId()), old, now.name()));
        }
        newIndexes.forEach((sig, i) -> {
            if (!keptIndexes.contains(sig)) {
                add(after.createIndex(i.indexId()));
            }
        });
        for (MigrationDdl.Key[] r : fkRenames) {
            add(before.renameKey(newerName(r[1].entityId()), r[0], r[1].name()));
        }
        newFks.forEach((sig, k) -> {
            if (!keptFks.contains(sig)) {
                add(after.addKey(newerName(k.entityId()), k));
            }
        });
    }

    /** Columns of tables in both states whose SQL type differs between the two exports. */
    private Set<UUID> typeChangedColumns() {
        Set<UUID> changed = new HashSet<>();
        for (Entity e : older.entities()) {
            Entity n = mapped(e.id());
            if (n == null || unchanged.contains(e.id())) {
                continue;
            }
            for (Attribute a : e.attributes()) {
                Attribute m = newAttribute(a.id(), n);
                if (m != null && !before.column(a.id()).type().equals(after.column(m.id()).type())) {
                    changed.add(a.id());
                    changed.add(m.id());
                }
            }
        }
        return changed;
    }

    private static MigrationDdl.ColumnDef withId(MigrationDdl.ColumnDef c, UUID id) {
        return new MigrationDdl.ColumnDef(id, c.type(), c.notNull(), c.defaultSql());
    }

    /** What a key is, in the newer state's ids: equal for a key of the older state and its counterpart. */
    private List<Object> signature(MigrationDdl.Key k, boolean old) {
        return List.of(k.kind(), id(k.entityId(), old), ids(k.columns(), old), id(k.referencedEntity(), old),
                ids(k.referencedColumns(), old), String.valueOf(k.detail()));
    }

    private List<Object> signature(MigrationDdl.IndexDef i, boolean old) {
        return List.of(id(i.entityId(), old), ids(i.columns(), old), String.valueOf(i.detail()), i.created());
    }

    private List<Object> ids(List<UUID> ids, boolean old) {
        List<Object> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(id(id, old)));
        return out;
    }

    /** A gone element of the older state: equal to nothing of the newer one. */
    private record Gone(UUID id) {
    }

    private Object id(UUID id, boolean old) {
        if (id == null) {
            return "-";
        }
        if (!old) {
            return id;
        }
        Object newer = toNewer.apply(id).orElse(null);
        return newer != null ? newer : new Gone(id);
    }

    private Entity mapped(UUID olderEntity) {
        return toNewer.apply(olderEntity).map(newerById::get).orElse(null);
    }

    private Attribute newAttribute(UUID olderAttribute, Entity newEntity) {
        UUID id = toNewer.apply(olderAttribute).orElse(null);
        if (id == null) {
            return null;
        }
        return newerOwner.get(id) == newEntity ? newerAttributes.get(id) : newEntity.attribute(id).orElse(null);
    }

    private String olderName(UUID entityId) {
        return olderById.get(entityId).name();
    }

    private String newerName(UUID entityId) {
        return newerById.get(entityId).name();
    }

    private void add(String statement) {
        if (statement != null && !statement.isBlank()) {
            statements.add(statement);
        }
    }

    @SuppressWarnings("unused")
    private static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}

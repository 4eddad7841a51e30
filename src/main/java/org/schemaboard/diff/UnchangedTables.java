package org.schemaboard.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.Relationship;

/**
 * The tables whose columns a migration need not compare: the same entity (same id) with equal records in both states
 * (name, attributes with their versions), the same indexes and relationships, and no column whose type it takes from
 * a changed column (a foreign-key column is written with the type of the key it refers to). Their columns render the
 * same in both states, so typing and comparing them — most of a migration's cost on a large design with few changes —
 * can be skipped. Conservative: anything it cannot vouch for is left to the full comparison.
 */
final class UnchangedTables {

    private UnchangedTables() {
    }

    /** The older state's entity ids whose columns are unchanged in the newer state. */
    static Set<UUID> of(DesignModel older, DesignModel newer, Function<UUID, Optional<UUID>> toNewer) {
        if (older.targetDatabase() != newer.targetDatabase()) {
            return Set.of(); // defaults and checks are translated from the target: every column may differ
        }
        Map<UUID, Attribute> before = older.attributesById();
        Map<UUID, Attribute> after = newer.attributesById();
        Set<UUID> unstable = new HashSet<>();
        before.forEach((id, a) -> {
            if (!a.equals(after.get(id))) {
                unstable.add(id);
            }
        });
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(unstable::add);
        // a changed column changes the columns that take its type through foreign keys, in either state
        Map<UUID, List<UUID>> linked = new HashMap<>();
        for (DesignModel m : List.of(older, newer)) {
            for (Relationship r : m.relationships()) {
                for (Relationship.ColumnPair p : r.columns()) {
                    linked.computeIfAbsent(p.fromAttributeId(), k -> new ArrayList<>()).add(p.toAttributeId());
                    linked.computeIfAbsent(p.toAttributeId(), k -> new ArrayList<>()).add(p.fromAttributeId());
                }
            }
        }
        Deque<UUID> todo = new ArrayDeque<>(unstable);
        while (!todo.isEmpty()) {
            for (UUID next : linked.getOrDefault(todo.pop(), List.of())) {
                if (unstable.add(next)) {
                    todo.push(next);
                }
            }
        }
        Map<UUID, List<Index>> indexesBefore = byEntity(older.indexes(), Index::entityId);
        Map<UUID, List<Index>> indexesAfter = byEntity(newer.indexes(), Index::entityId);
        Map<UUID, Set<Relationship>> relationshipsBefore = relationships(older);
        Map<UUID, Set<Relationship>> relationshipsAfter = relationships(newer);
        Map<UUID, Entity> newerById = new HashMap<>();
        newer.entities().forEach(e -> newerById.put(e.id(), e));
        Set<UUID> unchanged = new HashSet<>();
        for (Entity e : older.entities()) {
            UUID id = e.id();
            if (toNewer.apply(id).filter(id::equals).isPresent() && e.equals(newerById.get(id))
                    && Objects.equals(indexesBefore.get(id), indexesAfter.get(id))
                    && Objects.equals(relationshipsBefore.get(id), relationshipsAfter.get(id))
                    && e.attributes().stream().noneMatch(a -> unstable.contains(a.id()))) {
                unchanged.add(id);
            }
        }
        return unchanged;
    }

    private static <T> Map<UUID, List<T>> byEntity(List<T> items, Function<T, UUID> entity) {
        Map<UUID, List<T>> out = new HashMap<>();
        items.forEach(i -> out.computeIfAbsent(entity.apply(i), k -> new ArrayList<>()).add(i));
        return out;
    }

    private static Map<UUID, Set<Relationship>> relationships(DesignModel m) {
        Map<UUID, Set<Relationship>> out = new HashMap<>();
        for (Relationship r : m.relationships()) {
            for (UUID e : new UUID[] {r.fromEntityId(), r.toEntityId(), r.junctionEntityId()}) {
                if (e != null) {
                    out.computeIfAbsent(e, k -> new HashSet<>()).add(r);
                }
            }
        }
        return out;
    }
}

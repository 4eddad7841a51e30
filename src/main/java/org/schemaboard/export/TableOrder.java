package org.schemaboard.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.entity.Entity;

/**
 * The order to create tables in: every referenced table before the tables that refer to it, otherwise the model's
 * order (so the output is stable). A cycle of foreign keys is broken at the first table of the cycle in model order;
 * the foreign keys that point forward are then added with ALTER TABLE once all tables exist.
 */
final class TableOrder {

    record Result(List<Entity> tables, Set<ModelView.ForeignKey> deferred) {
    }

    private TableOrder() {
    }

    static Result of(ModelView view) {
        List<Entity> entities = view.model().entities();
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            position.put(entities.get(i).id(), i);
        }
        Map<UUID, Set<UUID>> needs = new HashMap<>();
        Map<UUID, List<UUID>> neededBy = new HashMap<>();
        for (ModelView.ForeignKey fk : view.foreignKeys()) {
            if (fk.selfReferencing()) {
                continue;
            }
            UUID from = fk.referenced().id();
            UUID to = fk.referencing().id();
            if (needs.computeIfAbsent(to, k -> new HashSet<>()).add(from)) {
                neededBy.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        Set<UUID> placed = new HashSet<>();
        for (Entity e : entities) {
            if (needs.getOrDefault(e.id(), Set.of()).isEmpty()) {
                ready.add(position.get(e.id()));
            }
        }
        List<Entity> order = new ArrayList<>();
        int scan = 0;
        while (order.size() < entities.size()) {
            Integer next = ready.poll();
            if (next == null) {
                // a cycle: take the first table not yet placed; its forward references are deferred
                while (placed.contains(entities.get(scan).id())) {
                    scan++;
                }
                next = scan;
            }
            Entity table = entities.get(next);
            if (!placed.add(table.id())) {
                continue;
            }
            order.add(table);
            for (UUID dependant : neededBy.getOrDefault(table.id(), List.of())) {
                Set<UUID> remaining = needs.get(dependant);
                remaining.remove(table.id());
                if (remaining.isEmpty() && !placed.contains(dependant)) {
                    ready.add(position.get(dependant));
                }
            }
        }
        Map<UUID, Integer> created = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            created.put(order.get(i).id(), i);
        }
        Set<ModelView.ForeignKey> deferred = new HashSet<>();
        for (ModelView.ForeignKey fk : view.foreignKeys()) {
            if (created.get(fk.referenced().id()) > created.get(fk.referencing().id())) {
                deferred.add(fk);
            }
        }
        return new Result(order, deferred);
    }
}

package org.schemaboard.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.relationship.Relationship;

/**
 * Turns what is stored for a view (positions of some boxes, some lines) into the layout to draw, and re-arranges
 * part of a view. Pure: the service stores what these return.
 */
public final class Placement {

    static final int GAP = 40;

    private Placement() {
    }

    /**
     * The layout of a view showing {@code entityIds}: nothing stored → the automatic layout; otherwise the stored
     * positions (boxes sized for their entity as it is now), and entities placed since then in rows below.
     */
    public static DiagramLayout complete(DesignModel model, Collection<UUID> entityIds, Map<UUID, Point> stored,
                                         Map<UUID, Route> routes) {
        Set<UUID> shown = new LinkedHashSet<>();
        model.entities().forEach(e -> {
            if (entityIds.contains(e.id())) {
                shown.add(e.id());
            }
        });
        if (shown.stream().noneMatch(stored::containsKey)) {
            return AutoLayout.of(model, shown);
        }
        Map<UUID, EntityFigure> figures = EntityFigure.of(model, shown);
        Map<UUID, Box> boxes = new LinkedHashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : shown) {
            Point p = stored.get(id);
            EntityFigure f = figures.get(id);
            if (p == null) {
                missing.add(id);
            } else {
                boxes.put(id, new Box(p.x(), p.y(), f.width(), f.height()));
            }
        }
        if (!missing.isEmpty()) {
            placeBelow(boxes, missing, figures);
        }
        Map<UUID, Route> kept = new LinkedHashMap<>();
        for (Relationship r : model.relationships()) {
            Route route = routes.get(r.id());
            if (route != null && boxes.containsKey(r.fromEntityId()) && boxes.containsKey(r.toEntityId())) {
                kept.put(r.id(), route);
            }
        }
        return new DiagramLayout(order(boxes, shown), kept);
    }

    /**
     * Lays out the selected entities afresh among the others: the selection's new arrangement goes where the
     * selection was if that space is free of other boxes, otherwise to the right of the whole view.
     */
    public static DiagramLayout relayout(DesignModel model, DiagramLayout current, Collection<UUID> selection) {
        Set<UUID> chosen = new LinkedHashSet<>();
        selection.forEach(id -> {
            if (current.shows(id)) {
                chosen.add(id);
            }
        });
        if (chosen.isEmpty() || chosen.size() == current.boxes().size()) {
            return AutoLayout.of(model, current.boxes().keySet());
        }
        DiagramLayout part = AutoLayout.of(model, chosen);
        int minX = chosen.stream().mapToInt(id -> current.boxes().get(id).x()).min().orElse(0);
        int minY = chosen.stream().mapToInt(id -> current.boxes().get(id).y()).min().orElse(0);
        int partMinX = part.boxes().values().stream().mapToInt(Box::x).min().orElse(0);
        int partMinY = part.boxes().values().stream().mapToInt(Box::y).min().orElse(0);
        int dx = minX - partMinX;
        int dy = minY - partMinY;
        if (collides(current, chosen, part, dx, dy)) {
            int right = current.boxes().entrySet().stream().filter(e -> !chosen.contains(e.getKey()))
                    .mapToInt(e -> e.getValue().right()).max().orElse(0);
            int top = current.boxes().values().stream().mapToInt(Box::y).min().orElse(0);
            dx = right + 2 * GAP - partMinX;
            dy = top - partMinY;
        }
        Map<UUID, Box> boxes = new LinkedHashMap<>(current.boxes());
        int fdx = dx;
        int fdy = dy;
        part.boxes().forEach((id, b) -> boxes.put(id, b.movedTo(b.x() + fdx, b.y() + fdy)));
        Map<UUID, Route> routes = new LinkedHashMap<>();
        for (Relationship r : model.relationships()) {
            boolean from = chosen.contains(r.fromEntityId());
            boolean to = chosen.contains(r.toEntityId());
            Route route = part.routes().get(r.id());
            if (route != null) {
                routes.put(r.id(), shift(route, fdx, fdy));
            } else if (!from && !to && current.routes().containsKey(r.id())) {
                routes.put(r.id(), current.routes().get(r.id()));
            }
        }
        return new DiagramLayout(boxes, routes);
    }

    private static boolean collides(DiagramLayout current, Set<UUID> chosen, DiagramLayout part, int dx, int dy) {
        for (Box b : part.boxes().values()) {
            Box moved = new Box(b.x() + dx - GAP / 2, b.y() + dy - GAP / 2, b.width() + GAP, b.height() + GAP);
            for (Map.Entry<UUID, Box> other : current.boxes().entrySet()) {
                if (!chosen.contains(other.getKey()) && moved.overlaps(other.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Route shift(Route route, int dx, int dy) {
        return new Route(route.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(),
                route.label() == null ? null : new Point(route.label().x() + dx, route.label().y() + dy));
    }

    /** New boxes in rows under everything placed, as wide as the placed part (at least 1,200). */
    private static void placeBelow(Map<UUID, Box> boxes, List<UUID> missing, Map<UUID, EntityFigure> figures) {
        int left = boxes.values().stream().mapToInt(Box::x).min().orElse(0);
        int right = Math.max(left + 1200, boxes.values().stream().mapToInt(Box::right).max().orElse(0));
        int y = boxes.values().stream().mapToInt(Box::bottom).max().orElse(0) + 2 * GAP;
        int x = left;
        int rowHeight = 0;
        for (UUID id : missing) {
            EntityFigure f = figures.get(id);
            if (x > left && x + f.width() > right) {
                x = left;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            boxes.put(id, new Box(x, y, f.width(), f.height()));
            x += f.width() + GAP;
            rowHeight = Math.max(rowHeight, f.height());
        }
    }

    private static Map<UUID, Box> order(Map<UUID, Box> boxes, Set<UUID> shown) {
        Map<UUID, Box> ordered = new LinkedHashMap<>();
        shown.forEach(id -> ordered.put(id, boxes.get(id)));
        return ordered;
    }

    /** The entity and every entity it is directly related to (either side, or as junction). */
    public static Set<UUID> neighbours(DesignModel model, UUID entityId) {
        Set<UUID> result = new LinkedHashSet<>();
        result.add(entityId);
        for (Relationship r : model.relationshipsOf(entityId)) {
            result.add(r.fromEntityId());
            result.add(r.toEntityId());
            if (r.junctionEntityId() != null) {
                result.add(r.junctionEntityId());
            }
        }
        return result;
    }

    /**
     * What a big design shows first instead of everything: its most connected entity and, breadth first, the
     * entities around it, up to {@code limit}.
     */
    public static Set<UUID> neighbourhoodOfHub(DesignModel model, int limit) {
        Map<UUID, Integer> degree = new LinkedHashMap<>();
        model.entities().forEach(e -> degree.put(e.id(), 0));
        Map<UUID, List<UUID>> adjacent = new LinkedHashMap<>();
        for (Relationship r : model.relationships()) {
            degree.merge(r.fromEntityId(), 1, Integer::sum);
            degree.merge(r.toEntityId(), 1, Integer::sum);
            adjacent.computeIfAbsent(r.fromEntityId(), k -> new ArrayList<>()).add(r.toEntityId());
            adjacent.computeIfAbsent(r.toEntityId(), k -> new ArrayList<>()).add(r.fromEntityId());
        }
        UUID hub = degree.entrySet().stream().max(Map.Entry.<UUID, Integer>comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        Set<UUID> result = new LinkedHashSet<>();
        if (hub == null) {
            return result;
        }
        java.util.ArrayDeque<UUID> queue = new java.util.ArrayDeque<>(List.of(hub));
        while (!queue.isEmpty() && result.size() < limit) {
            UUID next = queue.poll();
            if (result.add(next)) {
                queue.addAll(adjacent.getOrDefault(next, List.of()));
            }
        }
        return result;
    }
}

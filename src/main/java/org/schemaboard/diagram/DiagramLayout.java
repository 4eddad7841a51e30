package org.schemaboard.diagram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where everything of one view goes: a box per shown entity (in drawing order) and, for some relationships, a route
 * computed by the automatic layout. Relationships without a route (or whose route no longer meets its boxes, e.g.
 * after a drag) are routed by {@link EdgeRouter} when drawn.
 */
public record DiagramLayout(Map<UUID, Box> boxes, Map<UUID, Route> routes) {

    public DiagramLayout {
        boxes = Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
        routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }

    public static DiagramLayout empty() {
        return new DiagramLayout(Map.of(), Map.of());
    }

    public boolean shows(UUID entityId) {
        return boxes.containsKey(entityId);
    }
}

package org.schemaboard.diagram;

import static org.schemaboard.db.Tables.DIAGRAM_AREA;
import static org.schemaboard.db.Tables.DIAGRAM_AREA_ENTITY;
import static org.schemaboard.db.Tables.DIAGRAM_POSITION;
import static org.schemaboard.db.Tables.DIAGRAM_ROUTE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Subject areas, positions and stored lines of the diagram's views. */
@Repository
class DiagramRepository {

    private final DSLContext db;

    DiagramRepository(DSLContext db) {
        this.db = db;
    }

    List<SubjectArea> areas(UUID designId) {
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        db.select(DIAGRAM_AREA_ENTITY.AREA_ID, DIAGRAM_AREA_ENTITY.ENTITY_ID).from(DIAGRAM_AREA_ENTITY)
                .join(DIAGRAM_AREA).on(DIAGRAM_AREA.ID.eq(DIAGRAM_AREA_ENTITY.AREA_ID))
                .where(DIAGRAM_AREA.DESIGN_ID.eq(designId))
                .forEach(r -> members.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
        return db.selectFrom(DIAGRAM_AREA).where(DIAGRAM_AREA.DESIGN_ID.eq(designId)).orderBy(DIAGRAM_AREA.NAME_KEY)
                .fetch(r -> new SubjectArea(r.getId(), r.getDesignId(), r.getName(),
                        members.getOrDefault(r.getId(), List.of()), r.getVersion()));
    }

    Optional<SubjectArea> area(UUID areaId) {
        return db.selectFrom(DIAGRAM_AREA).where(DIAGRAM_AREA.ID.eq(areaId)).fetchOptional()
                .map(r -> new SubjectArea(r.getId(), r.getDesignId(), r.getName(),
                        db.select(DIAGRAM_AREA_ENTITY.ENTITY_ID).from(DIAGRAM_AREA_ENTITY)
                                .where(DIAGRAM_AREA_ENTITY.AREA_ID.eq(areaId)).fetch(DIAGRAM_AREA_ENTITY.ENTITY_ID),
                        r.getVersion()));
    }

    boolean nameTaken(UUID designId, String name, UUID except) {
        var condition = DIAGRAM_AREA.DESIGN_ID.eq(designId).and(DIAGRAM_AREA.NAME_KEY.eq(key(name)));
        if (except != null) {
            condition = condition.and(DIAGRAM_AREA.ID.ne(except));
        }
        return db.fetchExists(DIAGRAM_AREA, condition);
    }

    void insertArea(UUID id, UUID designId, String name, Collection<UUID> entities) {
        db.insertInto(DIAGRAM_AREA).set(DIAGRAM_AREA.ID, id).set(DIAGRAM_AREA.DESIGN_ID, designId)
                .set(DIAGRAM_AREA.NAME, name).set(DIAGRAM_AREA.NAME_KEY, key(name))
                .set(DIAGRAM_AREA.CREATED_AT, OffsetDateTime.now()).execute();
        insertMembers(id, entities);
    }

    /** Renames and sets the members; false when the version is stale. */
    boolean updateArea(UUID id, int expectedVersion, String name, Collection<UUID> entities) {
        int rows = db.update(DIAGRAM_AREA).set(DIAGRAM_AREA.NAME, name).set(DIAGRAM_AREA.NAME_KEY, key(name))
                .set(DIAGRAM_AREA.VERSION, DIAGRAM_AREA.VERSION.plus(1))
                .where(DIAGRAM_AREA.ID.eq(id).and(DIAGRAM_AREA.VERSION.eq(expectedVersion))).execute();
        if (rows == 0) {
            return false;
        }
        db.deleteFrom(DIAGRAM_AREA_ENTITY).where(DIAGRAM_AREA_ENTITY.AREA_ID.eq(id)
                .and(DIAGRAM_AREA_ENTITY.ENTITY_ID.notIn(entities))).execute();
        List<UUID> present = db.select(DIAGRAM_AREA_ENTITY.ENTITY_ID).from(DIAGRAM_AREA_ENTITY)
                .where(DIAGRAM_AREA_ENTITY.AREA_ID.eq(id)).fetch(DIAGRAM_AREA_ENTITY.ENTITY_ID);
        insertMembers(id, entities.stream().filter(e -> !present.contains(e)).toList());
        db.deleteFrom(DIAGRAM_POSITION).where(DIAGRAM_POSITION.VIEW_ID.eq(id)
                .and(DIAGRAM_POSITION.ENTITY_ID.notIn(entities))).execute();
        return true;
    }

    boolean deleteArea(UUID id, int expectedVersion) {
        int rows = db.deleteFrom(DIAGRAM_AREA)
                .where(DIAGRAM_AREA.ID.eq(id).and(DIAGRAM_AREA.VERSION.eq(expectedVersion))).execute();
        clearView(id);
        return rows > 0;
    }

    private void insertMembers(UUID areaId, Collection<UUID> entities) {
        if (entities.isEmpty()) {
            return;
        }
        var insert = db.insertInto(DIAGRAM_AREA_ENTITY, DIAGRAM_AREA_ENTITY.AREA_ID, DIAGRAM_AREA_ENTITY.ENTITY_ID);
        for (UUID e : entities) {
            insert = insert.values(areaId, e);
        }
        insert.execute();
    }

    Map<UUID, Point> positions(UUID viewId) {
        Map<UUID, Point> positions = new LinkedHashMap<>();
        db.select(DIAGRAM_POSITION.ENTITY_ID, DIAGRAM_POSITION.X, DIAGRAM_POSITION.Y).from(DIAGRAM_POSITION)
                .where(DIAGRAM_POSITION.VIEW_ID.eq(viewId))
                .forEach(r -> positions.put(r.value1(), new Point(r.value2(), r.value3())));
        return positions;
    }

    Map<UUID, Route> routes(UUID viewId) {
        Map<UUID, Route> routes = new LinkedHashMap<>();
        for (Record r : db.select(DIAGRAM_ROUTE.RELATIONSHIP_ID, DIAGRAM_ROUTE.POINTS).from(DIAGRAM_ROUTE)
                .where(DIAGRAM_ROUTE.VIEW_ID.eq(viewId)).fetch()) {
            Route route = Route.decode(r.get(DIAGRAM_ROUTE.POINTS));
            if (route != null) {
                routes.put(r.get(DIAGRAM_ROUTE.RELATIONSHIP_ID), route);
            }
        }
        return routes;
    }

    /** Replaces the positions of the given entities, and the lines of the given relationships, in one view. */
    void save(UUID designId, UUID viewId, Map<UUID, Point> positions, Map<UUID, Route> routes) {
        if (!positions.isEmpty()) {
            db.deleteFrom(DIAGRAM_POSITION).where(DIAGRAM_POSITION.VIEW_ID.eq(viewId)
                    .and(DIAGRAM_POSITION.ENTITY_ID.in(positions.keySet()))).execute();
            var insert = db.batch(db.insertInto(DIAGRAM_POSITION, DIAGRAM_POSITION.DESIGN_ID, DIAGRAM_POSITION.VIEW_ID,
                    DIAGRAM_POSITION.ENTITY_ID, DIAGRAM_POSITION.X, DIAGRAM_POSITION.Y)
                    .values((UUID) null, null, null, null, null));
            positions.forEach((entity, p) -> insert.bind(designId, viewId, entity, p.x(), p.y()));
            insert.execute();
        }
        if (!routes.isEmpty()) {
            db.deleteFrom(DIAGRAM_ROUTE).where(DIAGRAM_ROUTE.VIEW_ID.eq(viewId)
                    .and(DIAGRAM_ROUTE.RELATIONSHIP_ID.in(routes.keySet()))).execute();
            var insert = db.batch(db.insertInto(DIAGRAM_ROUTE, DIAGRAM_ROUTE.DESIGN_ID, DIAGRAM_ROUTE.VIEW_ID,
                    DIAGRAM_ROUTE.RELATIONSHIP_ID, DIAGRAM_ROUTE.POINTS).values((UUID) null, null, null, null));
            routes.forEach((rel, route) -> {
                String text = route.encode();
                if (text.length() <= 8000) {
                    insert.bind(designId, viewId, rel, text);
                }
            });
            if (insert.size() > 0) {
                insert.execute();
            }
        }
    }

    void dropRoutes(UUID viewId, Collection<UUID> relationships) {
        if (!relationships.isEmpty()) {
            db.deleteFrom(DIAGRAM_ROUTE).where(DIAGRAM_ROUTE.VIEW_ID.eq(viewId)
                    .and(DIAGRAM_ROUTE.RELATIONSHIP_ID.in(relationships))).execute();
        }
    }

    void clearView(UUID viewId) {
        db.deleteFrom(DIAGRAM_POSITION).where(DIAGRAM_POSITION.VIEW_ID.eq(viewId)).execute();
        db.deleteFrom(DIAGRAM_ROUTE).where(DIAGRAM_ROUTE.VIEW_ID.eq(viewId)).execute();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

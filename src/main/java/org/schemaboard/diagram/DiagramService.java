package org.schemaboard.diagram;

import org.schemaboard.base.UndoCapture;
import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.relationship.Relationship;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagram's views and their arrangement. Reading needs membership of the design; arranging (moving boxes,
 * re-layout, subject areas) needs owner or editor. Every change is one transaction, written to the audit log and
 * announced as a {@link DesignChanged} (element type {@code DIAGRAM} or {@code SUBJECT_AREA}), so everyone looking at
 * the design sees it.
 */
@Service
public class DiagramService {

    /** Above this many entities a design opens on a part of it rather than everything. */
    public static final int BIG_DESIGN = 60;
    /** How many entities the suggested first view of a big design shows. */
    public static final int SUGGESTED_VIEW = 30;
    public static final String WHOLE_DESIGN = "All entities";
    static final int MAX_COORDINATE = 10_000_000;
    static final int MAX_NAME = 100;

    private final DiagramRepository repository;
    private final DesignService designs;
    private final DesignModelService models;

    private final UndoCapture undo;

    DiagramService(DiagramRepository repository, DesignService designs, DesignModelService models, UndoCapture undo) {
        this.undo = undo;
        this.repository = repository;
        this.designs = designs;
        this.models = models;
    }

    @Transactional(readOnly = true)
    public List<SubjectArea> areas(UUID designId) {
        designs.requireRole(designId, RoleRequirement.READ);
        return repository.areas(designId);
    }

    /**
     * One view of the model's design, laid out: {@code viewId} is a subject area's id, the design's id (all
     * entities), or null for the default view — everything for a small design; for a big one its first subject area,
     * or else a suggested view of its most connected entity and the entities around it.
     */
    @Transactional(readOnly = true)
    public DiagramView view(DesignModel model, UUID viewId) {
        UUID designId = model.designId();
        designs.requireRole(designId, RoleRequirement.READ);
        if (viewId == null && model.entities().size() > BIG_DESIGN) {
            List<SubjectArea> areas = repository.areas(designId);
            if (!areas.isEmpty()) {
                viewId = areas.get(0).id();
            } else {
                Set<UUID> around = Placement.neighbourhoodOfHub(model, SUGGESTED_VIEW);
                String hub = around.isEmpty() ? "" : model.entityName(around.iterator().next());
                return new DiagramView(null, "Around " + hub, null, AutoLayout.of(model, around));
            }
        }
        if (viewId == null || viewId.equals(designId)) {
            return new DiagramView(designId, WHOLE_DESIGN, null, layout(model, designId, allEntities(model)));
        }
        SubjectArea area = areaOf(designId, viewId);
        return new DiagramView(area.id(), area.name(), area, layout(model, area.id(), area.entityIds()));
    }

    /** Moves one entity's box in a view; the first move in a view saves the whole arrangement the mover saw. */
    @Transactional
    public void move(UUID designId, UUID viewId, UUID entityId, int x, int y) {
        designs.requireRole(designId, RoleRequirement.EDIT);
        if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
            throw new ValidationException(Map.of("position", "That position is too far out; move the box closer"));
        }
        DesignModel model = models.load(designId);
        Entity entity = model.entity(entityId).orElseThrow(
                () -> new NotFoundException("This entity no longer exists; it may have been deleted."));
        String viewName = viewName(designId, viewId);
        undo.before(designId, ElementType.ENTITY, entityId);
        Collection<UUID> shown = viewId.equals(designId) ? allEntities(model) : areaOf(designId, viewId).entityIds();
        if (!shown.contains(entityId)) {
            throw new ValidationException(Map.of("entity", entity.name() + " is not in the view " + viewName));
        }
        Map<UUID, Point> stored = repository.positions(viewId);
        Point before = stored.get(entityId);
        if (!shown.stream().allMatch(stored::containsKey)) {
            DiagramLayout seen = Placement.complete(model, shown, stored, repository.routes(viewId));
            Map<UUID, Point> all = new LinkedHashMap<>();
            seen.boxes().forEach((id, b) -> all.put(id, new Point(b.x(), b.y())));
            repository.save(designId, viewId, all, seen.routes());
            before = all.get(entityId);
        }
        repository.save(designId, viewId, Map.of(entityId, new Point(x, y)), Map.of());
        repository.dropRoutes(viewId, model.relationshipsOf(entityId).stream().map(Relationship::id).toList());
        designs.recordChange(Change.to(designId, ElementType.DIAGRAM, entityId, entity.name()).made(ChangeAction.MOVE,
                before == null ? null : Map.of("view", viewName, "x", before.x(), "y", before.y()),
                Map.of("view", viewName, "x", x, "y", y)));
    }

    /** Lays the view out automatically again: all of it, or only the selected entities (empty: all). */
    @Transactional
    public void relayout(UUID designId, UUID viewId, Collection<UUID> selection) {
        designs.requireRole(designId, RoleRequirement.EDIT);
        DesignModel model = models.load(designId);
        String viewName = viewName(designId, viewId);
        Collection<UUID> shown = viewId.equals(designId) ? allEntities(model) : areaOf(designId, viewId).entityIds();
        DiagramLayout current = Placement.complete(model, shown, repository.positions(viewId),
                repository.routes(viewId));
        DiagramLayout next = selection == null || selection.isEmpty() ? AutoLayout.of(model, shown)
                : Placement.relayout(model, current, selection);
        repository.clearView(viewId);
        Map<UUID, Point> positions = new LinkedHashMap<>();
        next.boxes().forEach((id, b) -> positions.put(id, new Point(b.x(), b.y())));
        repository.save(designId, viewId, positions, next.routes());
        int count = selection == null || selection.isEmpty() ? shown.size() : selection.size();
        designs.recordChange(Change.to(designId, ElementType.DIAGRAM, viewId, "the layout of " + viewName)
                .updated(null, Map.of("view", viewName, "entitiesLaidOut", count)));
    }

    @Transactional
    public UUID createArea(UUID designId, String name, Collection<UUID> entityIds) {
        designs.requireRole(designId, RoleRequirement.EDIT);
        DesignModel model = models.load(designId);
        String clean = validate(model, name, entityIds, null);
        UUID id = UUID.randomUUID();
        List<UUID> members = members(model, entityIds);
        repository.insertArea(id, designId, clean, members);
        designs.recordChange(Change.to(designId, ElementType.SUBJECT_AREA, id, clean)
                .created(Map.of("name", clean, "entities", names(model, members))));
        return id;
    }

    @Transactional
    public void updateArea(UUID areaId, int expectedVersion, String name, Collection<UUID> entityIds) {
        SubjectArea before = repository.area(areaId).orElseThrow(this::areaGone);
        designs.requireRole(before.designId(), RoleRequirement.EDIT);
        DesignModel model = models.load(before.designId());
        String clean = validate(model, name, entityIds, areaId);
        List<UUID> members = members(model, entityIds);
        if (!repository.updateArea(areaId, expectedVersion, clean, members)) {
            throw new ConflictException("The subject area " + before.name(), "someone else", null);
        }
        designs.recordChange(Change.to(before.designId(), ElementType.SUBJECT_AREA, areaId, clean).updated(
                Map.of("name", before.name(), "entities", names(model, before.entityIds())),
                Map.of("name", clean, "entities", names(model, members))));
    }

    /** Adds the entities related to one entity of the area to the area. */
    @Transactional
    public void addNeighbours(UUID areaId, int expectedVersion, UUID entityId) {
        SubjectArea area = repository.area(areaId).orElseThrow(this::areaGone);
        designs.requireRole(area.designId(), RoleRequirement.EDIT);
        DesignModel model = models.load(area.designId());
        Set<UUID> members = new LinkedHashSet<>(area.entityIds());
        members.addAll(Placement.neighbours(model, entityId));
        updateArea(areaId, expectedVersion, area.name(), members);
    }

    @Transactional
    public void deleteArea(UUID areaId, int expectedVersion) {
        SubjectArea before = repository.area(areaId).orElseThrow(this::areaGone);
        designs.requireRole(before.designId(), RoleRequirement.EDIT);
        if (!repository.deleteArea(areaId, expectedVersion)) {
            throw new ConflictException("The subject area " + before.name(), "someone else", null);
        }
        designs.recordChange(Change.to(before.designId(), ElementType.SUBJECT_AREA, areaId, before.name())
                .deleted(Map.of("name", before.name())));
    }

    private DiagramLayout layout(DesignModel model, UUID viewId, Collection<UUID> shown) {
        return Placement.complete(model, shown, repository.positions(viewId), repository.routes(viewId));
    }

    private String validate(DesignModel model, String name, Collection<UUID> entityIds, UUID existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            errors.put("name", "Name the subject area, e.g. Orders or Catalog");
        } else if (clean.length() > MAX_NAME) {
            errors.put("name", "At most " + MAX_NAME + " characters");
        } else if (clean.equalsIgnoreCase(WHOLE_DESIGN)) {
            errors.put("name", "\"" + WHOLE_DESIGN + "\" is the view of the whole design; choose another name");
        } else if (repository.nameTaken(model.designId(), clean, existing)) {
            errors.put("name", "This design already has a subject area named " + clean);
        }
        if (entityIds == null || entityIds.isEmpty()) {
            errors.put("entities", "Choose at least one entity");
        } else if (entityIds.stream().anyMatch(id -> model.entity(id).isEmpty())) {
            errors.put("entities", "A chosen entity no longer exists; reload and choose again");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clean;
    }

    private static List<UUID> members(DesignModel model, Collection<UUID> entityIds) {
        return model.entities().stream().map(Entity::id).filter(entityIds::contains).toList();
    }

    private static List<String> names(DesignModel model, Collection<UUID> ids) {
        return ids.stream().map(model::entityName).sorted().toList();
    }

    private static List<UUID> allEntities(DesignModel model) {
        return model.entities().stream().map(Entity::id).toList();
    }

    private SubjectArea areaOf(UUID designId, UUID areaId) {
        return repository.area(areaId).filter(a -> a.designId().equals(designId)).orElseThrow(this::areaGone);
    }

    private String viewName(UUID designId, UUID viewId) {
        if (viewId == null) {
            throw new ValidationException(Map.of("view", "Save this view as a subject area to arrange it"));
        }
        return viewId.equals(designId) ? WHOLE_DESIGN : areaOf(designId, viewId).name();
    }

    private NotFoundException areaGone() {
        return new NotFoundException("This subject area no longer exists; it may have been deleted.");
    }
}

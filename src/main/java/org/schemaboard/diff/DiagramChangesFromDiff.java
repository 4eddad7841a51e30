package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.diagram.DiagramChanges;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.review.ReviewService;
import org.springframework.stereotype.Component;

/** The diagram's "Show changes since vN": the diff of the draft against an approved version, per entity. */
@Component
class DiagramChangesFromDiff implements DiagramChanges {

    private final DiffService diffs;
    private final ReviewService reviews;

    DiagramChangesFromDiff(DiffService diffs, ReviewService reviews) {
        this.diffs = diffs;
        this.reviews = reviews;
    }

    @Override
    public List<Integer> versions(UUID designId) {
        return diffs.states(designId).stream().filter(s -> s.kind() == DesignState.Kind.APPROVED)
                .map(DesignState::number).toList();
    }

    @Override
    public Marks since(UUID designId, int version, DesignModel current) {
        return marks(ModelDiff.compare(reviews.snapshotModel(designId, version), current));
    }

    /** Entities added, changed (themselves, an attribute or an index of theirs) and removed. Pure. */
    static Marks marks(ModelDiff diff) {
        Set<UUID> added = new HashSet<>();
        Set<UUID> changed = new HashSet<>();
        List<String> removed = new ArrayList<>();
        Map<UUID, Attribute> before = diff.from().attributesById();
        Map<UUID, Attribute> after = diff.to().attributesById();
        Map<UUID, UUID> indexEntityBefore = new java.util.HashMap<>();
        Map<UUID, UUID> indexEntityAfter = new java.util.HashMap<>();
        diff.from().indexes().forEach(i -> indexEntityBefore.put(i.id(), i.entityId()));
        diff.to().indexes().forEach(i -> indexEntityAfter.put(i.id(), i.entityId()));
        for (Change c : diff.changes()) {
            switch (c.kind()) {
                case ENTITY -> {
                    switch (c.type()) {
                        case ADDED -> added.add(c.toId());
                        case CHANGED -> changed.add(c.toId());
                        case REMOVED -> diff.from().entity(c.fromId()).ifPresent(e -> removed.add(e.name()));
                    }
                }
                case ATTRIBUTE -> owner(c, before, after, Attribute::entityId, diff).ifPresent(changed::add);
                case INDEX -> owner(c, indexEntityBefore, indexEntityAfter, id -> id, diff).ifPresent(changed::add);
                default -> {
                }
            }
        }
        changed.removeAll(added);
        return new Marks(added, changed, removed.stream().sorted().toList());
    }

    /** The entity (in the newer state) an attribute or index change belongs to, when that entity is still there. */
    private static <T> java.util.Optional<UUID> owner(Change c, Map<UUID, T> before, Map<UUID, T> after,
                                                     java.util.function.Function<T, UUID> entityOf, ModelDiff diff) {
        if (c.toId() != null && after.containsKey(c.toId())) {
            return java.util.Optional.of(entityOf.apply(after.get(c.toId())));
        }
        if (c.fromId() != null && before.containsKey(c.fromId())) {
            return diff.pairs().to(entityOf.apply(before.get(c.fromId())));
        }
        return java.util.Optional.empty();
    }
}

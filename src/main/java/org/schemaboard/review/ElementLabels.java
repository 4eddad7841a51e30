package org.schemaboard.review;

import java.util.Optional;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;

/** The current name of an element a thread is attached to, looked up in the design as it is now. */
final class ElementLabels {

    private ElementLabels() {
    }

    /**
     * @return the element's current label; empty when it is an element of the model that no longer exists. Types the
     * model does not know (other sections' keys) are taken as existing, with their stored label.
     */
    static Optional<String> current(DesignModel model, String type, String key, String storedLabel) {
        UUID id = uuid(key);
        switch (type) {
            case ElementRef.DESIGN:
                return Optional.of(model.name());
            case ElementRef.ENTITY:
                return id == null ? Optional.empty() : model.entity(id).map(Entity::name);
            case ElementRef.ATTRIBUTE:
                if (id == null) {
                    return Optional.empty();
                }
                for (Entity e : model.entities()) {
                    Optional<Attribute> a = e.attribute(id);
                    if (a.isPresent()) {
                        return Optional.of(e.name() + "." + a.get().name());
                    }
                }
                return Optional.empty();
            case ElementRef.RELATIONSHIP:
                return id == null ? Optional.empty() : model.relationship(id).map(r -> relationshipLabel(model, r));
            case ElementRef.INDEX:
                return id == null ? Optional.empty() : model.index(id).map(Index::name);
            case ElementRef.QUERY_PATTERN:
                return id == null ? Optional.empty() : model.queryPattern(id).map(QueryPattern::name);
            default:
                return Optional.of(storedLabel);
        }
    }

    static String relationshipLabel(DesignModel model, Relationship r) {
        String base = model.entityName(r.fromEntityId()) + " → " + model.entityName(r.toEntityId());
        return r.name() != null && !r.name().isBlank() ? r.name() + " (" + base + ")" : base;
    }

    private static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

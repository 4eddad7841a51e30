package org.schemaboard.importing.dbml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.diagram.SubjectArea;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.Relationship;

/**
 * A design's tables, keys, relationships, indexes and subject areas as lines of text without ids, so two designs
 * compare with one assertion and a difference shows as a line. What DBML cannot carry (index purposes, relationship
 * labels and rationales, lifecycles, query patterns) is left out.
 */
final class ModelText {

    private ModelText() {
    }

    static List<String> of(DesignModel model, List<SubjectArea> areas) {
        Map<UUID, Attribute> attributes = model.attributesById();
        List<String> lines = new ArrayList<>();
        for (Entity e : model.entities()) {
            lines.add("entity " + e.name() + " " + e.kind() + " purpose=" + e.purpose() + " rules=" + e.businessRules());
            for (Attribute a : e.attributes()) {
                lines.add("  " + a.position() + " " + a.name() + " " + a.typeDisplay() + " len=" + a.length()
                        + " p=" + a.precision() + " s=" + a.scale() + (a.nullable() ? " null" : " not null")
                        + " default=" + a.defaultValue() + (a.primaryKey() ? " pk" : "") + (a.unique() ? " unique" : "")
                        + " check=" + a.checkExpression() + " note=" + a.description());
            }
        }
        for (Index i : model.indexes()) {
            lines.add("index " + i.name() + " on " + model.entityName(i.entityId()) + " " + i.columns().stream()
                    .map(c -> attributes.get(c.attributeId()).name() + (c.descending() ? " DESC" : "")).toList()
                    + (i.unique() ? " unique" : "") + " " + i.method() + " where=" + i.predicate());
        }
        model.relationships().stream().map(r -> relationship(model, r, attributes)).sorted().forEach(lines::add);
        areas.stream().sorted(Comparator.comparing(SubjectArea::name)).forEach(a -> lines.add("area " + a.name() + " "
                + a.entityIds().stream().map(model::entityName).sorted().toList()));
        return lines;
    }

    /**
     * The lines without entity kinds and business rules, which DBML has no place for (a design made by an import
     * has only the kinds and rules an import derives, which come back; one made by people has its own).
     */
    static List<String> withoutKindsAndRules(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^(entity \\S+) \\S+ (purpose=.*) rules=.*$", "$1 $2")).toList();
    }

    private static String relationship(DesignModel model, Relationship r, Map<UUID, Attribute> attributes) {
        return "relationship " + r.name() + " " + model.entityName(r.fromEntityId()) + " " + r.cardinality().label()
                + " " + model.entityName(r.toEntityId()) + " " + r.columns().stream()
                .map(p -> attributes.get(p.fromAttributeId()).name() + "->" + attributes.get(p.toAttributeId()).name())
                .toList() + " delete=" + r.onDelete() + " update=" + r.onUpdate() + " identifying=" + r.identifying()
                + (r.junctionEntityId() == null ? "" : " through " + model.entityName(r.junctionEntityId()));
    }
}

package org.schemaboard.export;

import org.schemaboard.spec.SpecificationJson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;

/** Writes {@link DesignJson}'s format: fields in a fixed order, every field present, the same bytes on every OS. */
final class DesignJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DesignJsonWriter() {
    }

    static String write(DesignModel design) {
        return write(ExportSource.of(design));
    }

    static String write(ExportSource source) {
        DesignModel design = source.model();
        ObjectNode root = NODES.objectNode();
        root.put("format", DesignJson.FORMAT);
        root.put("formatVersion", DesignJson.FORMAT_VERSION);
        ObjectNode about = root.putObject("design");
        about.put("name", design.name());
        about.put("targetDatabase", name(design.targetDatabase()));
        about.put("description", design.description());
        ArrayNode entities = root.putArray("entities");
        design.entities().forEach(e -> entity(entities.addObject(), e));
        ArrayNode relationships = root.putArray("relationships");
        design.relationships().forEach(r -> relationship(relationships.addObject(), r));
        ArrayNode indexes = root.putArray("indexes");
        design.indexes().forEach(i -> index(indexes.addObject(), i));
        ArrayNode patterns = root.putArray("queryPatterns");
        design.queryPatterns().forEach(q -> queryPattern(patterns.addObject(), q));
        root.set("specification", SpecificationJson.write(source.specification()));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings, numbers and booleans always serializes
            throw new IllegalStateException(e);
        }
    }

    private static void entity(ObjectNode node, Entity e) {
        node.put("id", id(e.id()));
        node.put("name", e.name());
        node.put("kind", name(e.kind()));
        node.put("purpose", e.purpose());
        node.put("businessRules", e.businessRules());
        node.put("lifecycle", e.lifecycle());
        node.put("notes", e.notes());
        ArrayNode attributes = node.putArray("attributes");
        e.attributes().forEach(a -> attribute(attributes.addObject(), a));
    }

    private static void attribute(ObjectNode node, Attribute a) {
        node.put("id", id(a.id()));
        node.put("name", a.name());
        node.put("dataType", a.dataType());
        node.put("length", a.length());
        node.put("precision", a.precision());
        node.put("scale", a.scale());
        node.put("nullable", a.nullable());
        node.put("defaultValue", a.defaultValue());
        node.put("primaryKey", a.primaryKey());
        node.put("unique", a.unique());
        node.put("autoIncrement", a.autoIncrement());
        node.put("checkExpression", a.checkExpression());
        node.put("description", a.description());
    }

    private static void relationship(ObjectNode node, Relationship r) {
        node.put("id", id(r.id()));
        node.put("name", r.name());
        node.put("fromEntityId", id(r.fromEntityId()));
        node.put("toEntityId", id(r.toEntityId()));
        node.put("cardinality", name(r.cardinality()));
        ArrayNode columns = node.putArray("columns");
        for (Relationship.ColumnPair pair : r.columns()) {
            ObjectNode column = columns.addObject();
            column.put("fromAttributeId", id(pair.fromAttributeId()));
            column.put("toAttributeId", id(pair.toAttributeId()));
        }
        node.put("onDelete", name(r.onDelete()));
        node.put("onUpdate", name(r.onUpdate()));
        node.put("label", r.label());
        node.put("identifying", r.identifying());
        node.put("rationale", r.rationale());
        node.put("junctionEntityId", id(r.junctionEntityId()));
    }

    private static void index(ObjectNode node, Index i) {
        node.put("id", id(i.id()));
        node.put("entityId", id(i.entityId()));
        node.put("name", i.name());
        ArrayNode columns = node.putArray("columns");
        for (Index.IndexColumn c : i.columns()) {
            ObjectNode column = columns.addObject();
            column.put("attributeId", id(c.attributeId()));
            column.put("descending", c.descending());
        }
        node.put("unique", i.unique());
        node.put("predicate", i.predicate());
        node.put("method", name(i.method()));
        node.put("purpose", i.purpose());
        node.put("rationale", i.rationale());
        ids(node.putArray("queryPatternIds"), i.queryPatternIds());
    }

    private static void queryPattern(ObjectNode node, QueryPattern q) {
        node.put("id", id(q.id()));
        node.put("name", q.name());
        node.put("description", q.description());
        node.put("sql", q.sql());
        // 120, not the database's 120.000: the same number, easier to read and to write by hand
        node.put("frequency", q.frequency() == null ? null : q.frequency().stripTrailingZeros());
        node.put("frequencyUnit", name(q.frequencyUnit()));
        node.put("latencyTargetMs", q.latencyTargetMs());
        ids(node.putArray("entityIds"), q.entityIds());
        ids(node.putArray("indexIds"), q.indexIds());
    }

    private static void ids(ArrayNode array, List<UUID> ids) {
        ids.forEach(id -> array.add(id(id)));
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

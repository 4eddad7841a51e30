package org.schemaboard.export;

import org.schemaboard.spec.SpecificationJson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
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

    static final ObjectWriter WRITER = new ObjectMapper()
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

    /**
     * Streams the document through one generator (no tree of the whole design first: at 10,000 tables that tree was
     * 200,000 objects and most of the file's cost); the bytes are the ones the tree wrote ({@code DesignJsonTest}).
     */
    static String write(ExportSource source) {
        DesignModel design = source.model();
        SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", DesignJson.FORMAT);
            g.writeNumberField("formatVersion", DesignJson.FORMAT_VERSION);
            g.writeObjectFieldStart("design");
            g.writeStringField("name", design.name());
            g.writeStringField("targetDatabase", name(design.targetDatabase()));
            g.writeStringField("description", design.description());
            g.writeEndObject();
            g.writeArrayFieldStart("entities");
            for (Entity e : design.entities()) {
                entity(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relationships");
            for (Relationship r : design.relationships()) {
                relationship(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indexes");
            for (Index i : design.indexes()) {
                index(g, i);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("queryPatterns");
            for (QueryPattern q : design.queryPatterns()) {
                queryPattern(g, q);
            }
            g.writeEndArray();
            DesignJsonNoSql.write(g, source.nosql());
            g.writeFieldName("specification");
            g.writeTree(SpecificationJson.write(source.specification()));
            g.writeEndObject();
        } catch (IOException e) {
            // strings, numbers and booleans into memory always serialize
            throw new IllegalStateException(e);
        }
        try {
            out.write('\n');
            return out.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entity(JsonGenerator g, Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id(e.id()));
        g.writeStringField("name", e.name());
        g.writeStringField("kind", name(e.kind()));
        g.writeStringField("purpose", e.purpose());
        g.writeStringField("businessRules", e.businessRules());
        g.writeStringField("lifecycle", e.lifecycle());
        g.writeStringField("notes", e.notes());
        g.writeArrayFieldStart("attributes");
        for (Attribute a : e.attributes()) {
            attribute(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void attribute(JsonGenerator g, Attribute a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id(a.id()));
        g.writeStringField("name", a.name());
        g.writeStringField("dataType", a.dataType());
        number(g, "length", a.length());
        number(g, "precision", a.precision());
        number(g, "scale", a.scale());
        g.writeBooleanField("nullable", a.nullable());
        g.writeStringField("defaultValue", a.defaultValue());
        g.writeBooleanField("primaryKey", a.primaryKey());
        g.writeBooleanField("unique", a.unique());
        g.writeBooleanField("autoIncrement", a.autoIncrement());
        g.writeStringField("checkExpression", a.checkExpression());
        g.writeStringField("description", a.description());
        g.writeEndObject();
    }

    private static void relationship(JsonGenerator g, Relationship r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id(r.id()));
        g.writeStringField("name", r.name());
        g.writeStringField("fromEntityId", id(r.fromEntityId()));
        g.writeStringField("toEntityId", id(r.toEntityId()));
        g.writeStringField("cardinality", name(r.cardinality()));
        g.writeArrayFieldStart("columns");
        for (Relationship.ColumnPair pair : r.columns()) {
            g.writeStartObject();
            g.writeStringField("fromAttributeId", id(pair.fromAttributeId()));
            g.writeStringField("toAttributeId", id(pair.toAttributeId()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("onDelete", name(r.onDelete()));
        g.writeStringField("onUpdate", name(r.onUpdate()));
        g.writeStringField("label", r.label());
        g.writeBooleanField("identifying", r.identifying());
        g.writeStringField("rationale", r.rationale());
        g.writeStringField("junctionEntityId", id(r.junctionEntityId()));
        g.writeEndObject();
    }

    private static void index(JsonGenerator g, Index i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id(i.id()));
        g.writeStringField("entityId", id(i.entityId()));
        g.writeStringField("name", i.name());
        g.writeArrayFieldStart("columns");
        for (Index.IndexColumn c : i.columns()) {
            g.writeStartObject();
            g.writeStringField("attributeId", id(c.attributeId()));
            g.writeBooleanField("descending", c.descending());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("unique", i.unique());
        g.writeStringField("predicate", i.predicate());
        g.writeStringField("method", name(i.method()));
        g.writeStringField("purpose", i.purpose());
        g.writeStringField("rationale", i.rationale());
        ids(g, "queryPatternIds", i.queryPatternIds());
        g.writeEndObject();
    }

    private static void queryPattern(JsonGenerator g, QueryPattern q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id(q.id()));
        g.writeStringField("name", q.name());
        g.writeStringField("description", q.description());
        g.writeStringField("sql", q.sql());
        // 120, not the database's 120.000: the same number, easier to read and to write by hand
        if (q.frequency() == null) {
            g.writeNullField("frequency");
        } else {
            g.writeNumberField("frequency", q.frequency().stripTrailingZeros());
        }
        g.writeStringField("frequencyUnit", name(q.frequencyUnit()));
        number(g, "latencyTargetMs", q.latencyTargetMs());
        ids(g, "entityIds", q.entityIds());
        ids(g, "indexIds", q.indexIds());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static void ids(JsonGenerator g, String field, List<UUID> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (UUID id : ids) {
            g.writeString(id(id));
        }
        g.writeEndArray();
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

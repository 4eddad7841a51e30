package org.schemaboard.export;

import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.SpecificationJson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/**
 * Reads {@link DesignJson}'s format in one pass over the tree: every id is registered where it is defined, and every
 * reference is checked against those registrations (references to indexes and query patterns, which may come later in
 * the file, once everything is read). One instance reads one file.
 */
final class DesignJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    private static final Set<String> FILE = fields("format", "formatVersion", "design", "specification", "entities", "relationships",
            "indexes", "queryPatterns", DesignJsonNoSql.FIELD);
    private static final Set<String> DESIGN = fields("name", "targetDatabase", "description");
    private static final Set<String> ENTITY = fields("id", "name", "kind", "purpose", "businessRules", "lifecycle",
            "notes", "attributes");
    private static final Set<String> ATTRIBUTE = fields("id", "name", "dataType", "length", "precision", "scale",
            "nullable", "defaultValue", "primaryKey", "unique", "autoIncrement", "checkExpression", "description");
    private static final Set<String> RELATIONSHIP = fields("id", "name", "fromEntityId", "toEntityId", "cardinality",
            "columns", "onDelete", "onUpdate", "label", "identifying", "rationale", "junctionEntityId");
    private static final Set<String> COLUMN_PAIR = fields("fromAttributeId", "toAttributeId");
    private static final Set<String> INDEX = fields("id", "entityId", "name", "columns", "unique", "predicate",
            "method", "purpose", "rationale", "queryPatternIds");
    private static final Set<String> INDEX_COLUMN = fields("attributeId", "descending");
    private static final Set<String> QUERY_PATTERN = fields("id", "name", "description", "sql", "frequency",
            "frequencyUnit", "latencyTargetMs", "entityIds", "indexIds");

    /** What an id names: its kind ("entity", "attribute", …), where it is defined, and for attributes the entity. */
    private record Definition(String kind, String path, String name, UUID entityId) {
    }

    /** The element lists read one element at a time, each element's tree dropped once it is read. */
    private static final Set<String> STREAMED = fields("entities", "relationships", "indexes", "queryPatterns");
    private static final ObjectReader ELEMENT = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<UUID, Definition> definitions = new HashMap<>();
    private final List<Runnable> laterChecks = new ArrayList<>();
    /** The top-level fields kept as trees: everything but the element lists that were read as they came. */
    private final ObjectNode kept = MAPPER.getNodeFactory().objectNode();
    private final Set<String> streamed = new HashSet<>();
    private boolean formatChecked;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<QueryPattern> patterns = new ArrayList<>();

    DesignModel read(String json) {
        return readFile(json).model();
    }

    /**
     * Reads the file without building a tree of all of it (a 10,000-table design's file is over 100 MB): once the
     * format is known, each element of the entity, relationship, index and query pattern lists is read, checked and
     * turned into the model before the next is read. Lists that come before what they refer to (a hand-edited file
     * may put relationships first) are kept as trees and read in the model's order at the end.
     */
    DesignJson.DesignFile readFile(String json) {
        JsonNode root = parse(json);
        JsonFields file = JsonFields.root(root);
        if (!formatChecked) {
            checkFormat(file);
        }
        file.allowOnly(FILE);
        JsonFields design = file.requiredObject("design");
        design.allowOnly(DESIGN);
        String name = design.requiredText("name");
        TargetDatabase target = design.requiredEnum("targetDatabase", TargetDatabase.class);
        String description = design.text("description");

        // a list read as it came is not among the kept fields, so these read only what was kept
        for (String list : STREAMED) {
            for (JsonFields element : file.objects(list)) {
                readElement(list, element);
            }
        }
        laterChecks.forEach(Runnable::run);
        List<org.schemaboard.model.nosql.NoSqlElement> nosql = DesignJsonNoSql.read(file.objects(DesignJsonNoSql.FIELD),
                (node, id) -> define(node, id, new Definition("NoSQL element", node.path(), null, null)));
        List<SectionContent> sections;
        try {
            sections = SpecificationJson.read(root.get("specification"));
        } catch (IllegalArgumentException e) {
            throw new DesignJsonException("specification " + e.getMessage());
        }
        return new DesignJson.DesignFile(new DesignModel(null, name, target, description, entities, relationships,
                indexes, patterns), sections, nosql);
    }

    private void readElement(String list, JsonFields element) {
        switch (list) {
            case "entities" -> entities.add(entity(element));
            case "relationships" -> relationships.add(relationship(element));
            case "indexes" -> indexes.add(index(element));
            case "queryPatterns" -> patterns.add(queryPattern(element));
            default -> throw new IllegalArgumentException(list);
        }
    }

    /**
     * Reads the top level of the file; the element lists are read as they come when they can be (see
     * {@link #readFile}). Returns the kept top-level fields, or the whole value when the file is not a JSON object.
     */
    private JsonNode parse(String json) {
        if (json == null) {
            throw empty();
        }
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(json);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw empty();
            }
            if (first != JsonToken.START_OBJECT) {
                JsonNode whole = ELEMENT.readTree(parser);
                checkEnd(parser);
                return whole;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && readsAsItComes(field)) {
                    int i = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        readElement(field, JsonFields.element(ELEMENT.readTree(parser), field + "[" + i++ + "]"));
                    }
                    streamed.add(field);
                } else {
                    kept.set(field, ELEMENT.readTree(parser));
                    if (formatChecked && !FILE.contains(field)) {
                        JsonFields.root(kept).allowOnly(FILE);
                    } else if (!formatChecked && kept.has("format") && kept.has("formatVersion")) {
                        checkFormat(JsonFields.root(kept));
                        formatChecked = true;
                    }
                }
            }
            checkEnd(parser);
            return kept;
        } catch (JsonProcessingException e) {
            // a limit (nesting depth, number length) is reported without a place: the parser knows where it stopped
            JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            throw notJson(at, firstLine(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new DesignJsonException("Not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** Whether a list may be read element by element now: the format is known and what it refers to is read. */
    private boolean readsAsItComes(String field) {
        return formatChecked && STREAMED.contains(field) && !streamed.contains(field)
                && (field.equals("entities") || streamed.contains("entities"));
    }

    private static void checkEnd(JsonParser parser) throws java.io.IOException {
        if (parser.nextToken() != null) {
            throw notJson(parser.currentTokenLocation(), "more text after the end of the JSON object");
        }
    }

    private static DesignJsonException notJson(JsonLocation at, String problem) {
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new DesignJsonException("Not valid JSON" + where + ": " + problem);
    }

    private static DesignJsonException empty() {
        return new DesignJsonException("The file is empty; a design file is a JSON object with \"format\": \""
                + DesignJson.FORMAT + "\"");
    }

    private static void checkFormat(JsonFields file) {
        String notADesign = "This is not a Schemaboard design file: ";
        if (!file.isObject()) {
            throw new DesignJsonException(notADesign + "it holds " + file.describe() + ", not a JSON object");
        }
        String format;
        try {
            format = file.text("format");
        } catch (DesignJsonException e) {
            throw new DesignJsonException(notADesign + e.getMessage());
        }
        if (format == null) {
            throw new DesignJsonException(notADesign + "it has no \"format\": \"" + DesignJson.FORMAT + "\"");
        }
        if (!format.equals(DesignJson.FORMAT)) {
            throw new DesignJsonException(notADesign + "\"format\" is \"" + format + "\", not \"" + DesignJson.FORMAT
                    + "\"");
        }
        if (!file.has("formatVersion")) {
            throw new DesignJsonException("\"formatVersion\" is missing; this Schemaboard reads formatVersion "
                    + DesignJson.FORMAT_VERSION);
        }
        int version = file.integer("formatVersion");
        if (version != DesignJson.FORMAT_VERSION) {
            throw new DesignJsonException("formatVersion " + version + " is not supported: this Schemaboard reads "
                    + "formatVersion " + DesignJson.FORMAT_VERSION
                    + (version > DesignJson.FORMAT_VERSION ? " (the file was written by a newer Schemaboard)" : ""));
        }
    }

    private Entity entity(JsonFields node) {
        UUID id = node.requiredId("id");
        String name = node.requiredText("name");
        JsonFields e = node.labelled(name);
        e.allowOnly(ENTITY);
        define(e, id, new Definition("entity", e.path(), name, null));
        EntityKind kind = e.requiredEnum("kind", EntityKind.class);
        List<Attribute> attributes = new ArrayList<>();
        for (JsonFields a : e.objects("attributes")) {
            attributes.add(attribute(a, id, name, attributes.size()));
        }
        return new Entity(id, name, kind, e.text("purpose"), e.text("businessRules"), e.text("lifecycle"),
                e.text("notes"), 0, attributes);
    }

    private Attribute attribute(JsonFields node, UUID entityId, String entityName, int position) {
        UUID id = node.requiredId("id");
        String name = node.requiredText("name");
        JsonFields a = node.labelled(name);
        a.allowOnly(ATTRIBUTE);
        define(a, id, new Definition("attribute", a.path(), entityName + "." + name, entityId));
        return new Attribute(id, entityId, position, name, a.requiredText("dataType"), a.integer("length"),
                a.integer("precision"), a.integer("scale"), a.bool("nullable", true), a.text("defaultValue"),
                a.bool("primaryKey", false), a.bool("unique", false), a.bool("autoIncrement", false),
                a.text("checkExpression"), a.text("description"), 0);
    }

    private Relationship relationship(JsonFields node) {
        UUID id = node.requiredId("id");
        String name = node.text("name");
        JsonFields r = name == null ? node : node.labelled(name);
        r.allowOnly(RELATIONSHIP);
        define(r, id, new Definition("relationship", r.path(), name, null));
        UUID from = reference(r, "fromEntityId", r.requiredId("fromEntityId"), "entity");
        UUID to = reference(r, "toEntityId", r.requiredId("toEntityId"), "entity");
        UUID junction = r.has("junctionEntityId")
                ? reference(r, "junctionEntityId", r.id("junctionEntityId"), "entity") : null;
        List<Relationship.ColumnPair> pairs = new ArrayList<>();
        for (JsonFields pair : r.objects("columns")) {
            pair.allowOnly(COLUMN_PAIR);
            pairs.add(new Relationship.ColumnPair(
                    attributeOf(pair, "fromAttributeId", from, "the relationship's fromEntityId"),
                    attributeOf(pair, "toAttributeId", to, "the relationship's toEntityId")));
        }
        return new Relationship(id, name, from, to, r.requiredEnum("cardinality", Cardinality.class), pairs,
                r.enumValue("onDelete", ReferentialAction.class, ReferentialAction.NO_ACTION),
                r.enumValue("onUpdate", ReferentialAction.class, ReferentialAction.NO_ACTION), r.text("label"),
                r.bool("identifying", false), r.text("rationale"), junction, 0);
    }

    private Index index(JsonFields node) {
        UUID id = node.requiredId("id");
        String name = node.requiredText("name");
        JsonFields i = node.labelled(name);
        i.allowOnly(INDEX);
        define(i, id, new Definition("index", i.path(), name, null));
        UUID entity = reference(i, "entityId", i.requiredId("entityId"), "entity");
        List<Index.IndexColumn> columns = new ArrayList<>();
        for (JsonFields column : i.objects("columns")) {
            column.allowOnly(INDEX_COLUMN);
            columns.add(new Index.IndexColumn(attributeOf(column, "attributeId", entity, "the index's entityId"),
                    column.bool("descending", false)));
        }
        List<UUID> patterns = i.ids("queryPatternIds");
        laterChecks.add(() -> references(i, "queryPatternIds", patterns, "query pattern"));
        return new Index(id, entity, name, columns, i.bool("unique", false), i.text("predicate"),
                i.enumValue("method", IndexMethod.class, IndexMethod.BTREE), i.text("purpose"), i.text("rationale"),
                patterns, 0);
    }

    private QueryPattern queryPattern(JsonFields node) {
        UUID id = node.requiredId("id");
        String name = node.requiredText("name");
        JsonFields q = node.labelled(name);
        q.allowOnly(QUERY_PATTERN);
        define(q, id, new Definition("query pattern", q.path(), name, null));
        List<UUID> entities = q.ids("entityIds");
        references(q, "entityIds", entities, "entity");
        List<UUID> indexes = q.ids("indexIds");
        laterChecks.add(() -> references(q, "indexIds", indexes, "index"));
        return new QueryPattern(id, name, q.text("description"), q.text("sql"), q.decimal("frequency"),
                q.enumValue("frequencyUnit", FrequencyUnit.class, null), q.integer("latencyTargetMs"), entities,
                indexes, 0);
    }

    private void define(JsonFields node, UUID id, Definition definition) {
        Definition earlier = definitions.putIfAbsent(id, definition);
        if (earlier != null) {
            throw node.error("id", "the id " + id + " is used twice; " + earlier.path() + " has it already");
        }
    }

    /** Checks that {@code id} names an element of {@code kind}; returns it. */
    private UUID reference(JsonFields node, String field, UUID id, String kind) {
        return reference(node.where(field), id, kind);
    }

    private UUID reference(String where, UUID id, String kind) {
        Definition definition = definitions.get(id);
        if (definition == null) {
            throw new DesignJsonException(where + ": no " + kind + " in the file has the id " + id);
        }
        if (!definition.kind().equals(kind)) {
            throw new DesignJsonException(where + ": " + id + " is the id of " + definition.path() + ", "
                    + article(definition.kind()) + ", not " + article(kind));
        }
        return id;
    }

    private void references(JsonFields node, String field, List<UUID> ids, String kind) {
        for (int i = 0; i < ids.size(); i++) {
            reference(node.where(field) + "[" + i + "]", ids.get(i), kind);
        }
    }

    /** Checks that the field names an attribute of {@code entityId}; returns it. */
    private UUID attributeOf(JsonFields node, String field, UUID entityId, String role) {
        UUID id = reference(node, field, node.requiredId(field), "attribute");
        Definition attribute = definitions.get(id);
        if (!attribute.entityId().equals(entityId)) {
            String entity = definitions.get(entityId).name();
            throw node.error(field, id + " is " + attribute.name() + ", an attribute of "
                    + definitions.get(attribute.entityId()).name() + ", not of " + entity + " (" + role + ")");
        }
        return id;
    }

    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        // "(for Object starting at [Source: REDACTED (…); line: 1, column: 116])" → "(… at line 1, column 116)"
        return SOURCE.matcher(line).replaceAll("line $1, column $2");
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}

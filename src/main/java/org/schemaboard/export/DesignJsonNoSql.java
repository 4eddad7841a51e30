package org.schemaboard.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.ValidationException;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.NoSqlJson;
import org.schemaboard.model.nosql.NoSqlRules;
import org.schemaboard.model.nosql.NoSqlSpec;

/**
 * The {@code "nosql"} part of {@link DesignJson}: one object per element, {@code id}, {@code name} and {@code kind}
 * ({@code MONGO_COLLECTION}, {@code REDIS_KEY}, {@code SEARCH_INDEX}) followed by the fields of its kind as the
 * database stores them. Written only when the design has NoSQL elements, so files of designs without them are as
 * before. Read strictly: unknown fields and wrong types are refused with their place, and each element must pass the
 * rules the editor applies ({@link NoSqlRules}), names once in the file.
 */
final class DesignJsonNoSql {

    static final String FIELD = "nosql";
    private static final ObjectMapper STRICT = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private DesignJsonNoSql() {
    }

    static void write(JsonGenerator g, List<NoSqlElement> elements) throws IOException {
        if (elements.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(FIELD);
        for (NoSqlElement e : elements) {
            g.writeStartObject();
            g.writeStringField("id", e.id().toString());
            g.writeStringField("name", e.name());
            JsonNode spec = PLAIN.readTree(NoSqlJson.write(e.spec()));
            for (Map.Entry<String, JsonNode> field : spec.properties()) {
                g.writeFieldName(field.getKey());
                g.writeTree(field.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The elements of the file, with the file's ids; {@code define} registers each id with the file's other ids.
     *
     * @throws DesignJsonException naming the element and the field at fault
     */
    static List<NoSqlElement> read(List<JsonFields> nodes, java.util.function.BiConsumer<JsonFields, UUID> define) {
        Set<String> names = new HashSet<>();
        return nodes.stream().map(node -> {
            UUID id = node.requiredId("id");
            String name = node.requiredText("name");
            JsonFields e = node.labelled(name);
            define.accept(e, id);
            if (!e.has("kind")) {
                throw e.error("kind", "missing; one of MONGO_COLLECTION, REDIS_KEY, SEARCH_INDEX");
            }
            ObjectNode body = ((ObjectNode) e.node()).deepCopy();
            body.remove(List.of("id", "name"));
            NoSqlSpec spec;
            try {
                spec = STRICT.treeToValue(body, NoSqlSpec.class);
            } catch (JsonMappingException ex) {
                throw new DesignJsonException(e.path() + place(ex) + ": " + problem(ex));
            } catch (IOException ex) {
                throw new DesignJsonException(e.path() + ": " + ex.getMessage());
            }
            NoSqlDraft draft;
            try {
                draft = NoSqlRules.validate(new NoSqlDraft(name, spec), n -> !names.add(n));
            } catch (ValidationException ex) {
                Map.Entry<String, String> first = ex.fieldErrors().entrySet().iterator().next();
                throw e.error(first.getKey(), first.getValue());
            }
            return new NoSqlElement(id, draft.name(), draft.spec(), 0);
        }).toList();
    }

    /** {@code .fields[2].type}: where in the element Jackson stopped. */
    private static String place(JsonMappingException ex) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : ex.getPath()) {
            if (r.getFieldName() != null) {
                out.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String problem(JsonMappingException ex) {
        String message = ex.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        if (message.startsWith("Unrecognized field")) {
            return "unknown field";
        }
        if (message.contains("known type ids") || message.contains("type id")) {
            return "\"kind\" is not one of MONGO_COLLECTION, REDIS_KEY, SEARCH_INDEX";
        }
        if (message.startsWith("Cannot deserialize value of type `java.lang.Integer`")
                || message.startsWith("Cannot coerce") && message.contains("Integer")) {
            return "expected a whole number (or null)";
        }
        if (message.contains("type `boolean`")) {
            return "expected true or false";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        // Jackson names its own classes; the person needs the JSON type the field wants
        return line.replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1").replaceAll("java\\.lang\\.", "");
    }
}

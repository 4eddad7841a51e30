package org.schemaboard.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One JSON object of a file being read, with its place in the file ({@code entities[2] (orders).attributes[1]}), so
 * that every complaint names where it is. Explicit {@code null} and a missing field mean the same.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields root(JsonNode node) {
        return new JsonFields(node, "");
    }

    /** An element of a list, which must be an object, at {@code at} ({@code entities[3]}). */
    static JsonFields element(JsonNode element, String at) {
        if (!element.isObject()) {
            throw new DesignJsonException(at + ": expected an object, found " + describe(element));
        }
        return new JsonFields(element, at);
    }

    /** The object itself, for a part read whole by its own reader (a NoSQL element's structure). */
    JsonNode node() {
        return node;
    }

    String path() {
        return path;
    }

    /** The same object, its path followed by the element's name: {@code entities[2] (orders)}. */
    JsonFields labelled(String label) {
        return new JsonFields(node, path + " (" + label + ")");
    }

    DesignJsonException error(String field, String problem) {
        return new DesignJsonException(where(field) + ": " + problem);
    }

    DesignJsonException error(String problem) {
        return new DesignJsonException(path + ": " + problem);
    }

    /** Refuses fields the format does not have, suggesting the right spelling when only the case differs. */
    void allowOnly(Set<String> names) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                String hint = names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst()
                        .map(n -> "; did you mean \"" + n + "\"?")
                        .orElse("; the fields here are " + String.join(", ", names.stream().sorted().toList()));
                throw new DesignJsonException((path.isEmpty() ? "" : path + ": ") + "unknown field \"" + name + "\""
                        + hint);
            }
        }
    }

    boolean isObject() {
        return node.isObject();
    }

    /** What this node is, for a complaint: "a list", "a number", … */
    String describe() {
        return describe(node);
    }

    boolean has(String field) {
        return value(field) != null;
    }

    String text(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw error(field, "expected text, found " + describe(v));
        }
        return v.textValue();
    }

    String requiredText(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            throw missing(field);
        }
        return text;
    }

    Integer integer(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(field, "expected a whole number, found " + describe(v));
        }
        return v.intValue();
    }

    BigDecimal decimal(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw error(field, "expected a number, found " + describe(v));
        }
        return v.decimalValue();
    }

    boolean bool(String field, boolean unset) {
        JsonNode v = value(field);
        if (v == null) {
            return unset;
        }
        if (!v.isBoolean()) {
            throw error(field, "expected true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E unset) {
        String text = text(field);
        if (text == null) {
            return unset;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(field, "\"" + text + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        E value = enumValue(field, type, null);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    UUID id(String field) {
        JsonNode v = value(field);
        return v == null ? null : uuid(v, where(field));
    }

    UUID requiredId(String field) {
        UUID id = id(field);
        if (id == null) {
            throw missing(field);
        }
        return id;
    }

    JsonFields requiredObject(String field) {
        JsonNode v = value(field);
        if (v == null) {
            throw missing(field);
        }
        if (!v.isObject()) {
            throw error(field, "expected an object, found " + describe(v));
        }
        return new JsonFields(v, where(field));
    }

    /** The objects of a list field, each with its path ({@code attributes[3]}); a missing list is empty. */
    List<JsonFields> objects(String field) {
        List<JsonFields> objects = new ArrayList<>();
        int i = 0;
        for (JsonNode element : array(field)) {
            objects.add(element(element, where(field) + "[" + i++ + "]"));
        }
        return objects;
    }

    /** The ids of a list field; a missing list is empty. */
    List<UUID> ids(String field) {
        List<UUID> ids = new ArrayList<>();
        int i = 0;
        for (JsonNode element : array(field)) {
            ids.add(uuid(element, where(field) + "[" + i++ + "]"));
        }
        return ids;
    }

    /** Where a field of this object is, e.g. {@code entities[2] (orders).kind}. */
    String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private DesignJsonException missing(String field) {
        return new DesignJsonException((path.isEmpty() ? "" : path + ": ") + "\"" + field + "\" is missing");
    }

    private JsonNode array(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            throw error(field, "expected a list, found " + describe(v));
        }
        return v;
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private static UUID uuid(JsonNode v, String where) {
        if (!v.isTextual()) {
            throw new DesignJsonException(where + ": expected an id (a UUID in quotes), found " + describe(v));
        }
        try {
            UUID id = UUID.fromString(v.textValue());
            // UUID.fromString accepts shortened forms such as "1-2-3-4-5"; an id must be written in full
            if (!id.toString().equals(v.textValue().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new DesignJsonException(where + ": \"" + v.textValue() + "\" is not a UUID");
        }
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            String text = v.textValue();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        return v.isArray() ? "a list" : "an object";
    }
}

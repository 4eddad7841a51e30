package org.schemaboard.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Sections as JSON, and the generic work done on their JSON tree: tidying text (trimmed, blank → absent), telling
 * whether anything is written, and flattening to "path → value" for the audit log. Working on the tree keeps these
 * rules in one place for every section instead of one copy per record.
 */
final class SectionJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SectionJson() {
    }

    static String write(SectionContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write section " + content.section(), e);
        }
    }

    static SectionContent read(SpecSection section, String json) {
        try {
            return JSON.readValue(json, section.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored section " + section.key() + " cannot be read", e);
        }
    }

    static JsonNode tree(SectionContent content) {
        return JSON.valueToTree(content);
    }

    /** The same content with every text trimmed and blank texts removed. */
    @SuppressWarnings("unchecked")
    static <T extends SectionContent> T clean(T content) {
        JsonNode tree = tidy(tree(content));
        try {
            return (T) JSON.treeToValue(tree == null ? JSON.createObjectNode() : tree, content.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a person wrote anything: some text, number, true flag or list entry. */
    static boolean filled(SectionContent content) {
        return filled(tree(content));
    }

    private static boolean filled(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return !node.asText().isBlank();
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (filled(child)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * Every value of the section under its path ({@code plans[orders].strategy}), for a readable audit line. List
     * entries are named by their first text (the entity's or replica's name) so an insertion does not renumber them;
     * ids are turned into names with {@code names}.
     */
    static Map<String, String> flatten(SectionContent content, Function<String, String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", tree(content), names, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Function<String, String> names, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), names, out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                return;
            }
            if (allScalar(node)) {
                StringBuilder joined = new StringBuilder();
                node.forEach(v -> joined.append(joined.isEmpty() ? "" : ", ").append(names.apply(v.asText())));
                out.put(path, joined.toString());
                return;
            }
            int i = 0;
            for (JsonNode item : node) {
                flatten(path + "[" + label(item, names, i++) + "]", item, names, out);
            }
        } else {
            out.put(path, names.apply(node.asText()));
        }
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static String label(JsonNode item, Function<String, String> names, int index) {
        if (item.isObject()) {
            JsonNode first = item.elements().hasNext() ? item.elements().next() : null;
            if (first != null && first.isValueNode()) {
                String text = names.apply(first.asText());
                return text.length() > 30 ? text.substring(0, 29) + "…" : text;
            }
        }
        return String.valueOf(index + 1);
    }

    private static JsonNode tidy(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.asText().strip();
            return text.isEmpty() ? null : JSON.getNodeFactory().textNode(text);
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(f -> {
                JsonNode value = tidy(f.getValue());
                if (value != null) {
                    copy.set(f.getKey(), value);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> {
                JsonNode value = tidy(item);
                // A row left completely blank in a form is no row.
                if (value != null && !(value.isObject() && value.isEmpty())) {
                    copy.add(value);
                }
            });
            return copy;
        }
        return node;
    }
}

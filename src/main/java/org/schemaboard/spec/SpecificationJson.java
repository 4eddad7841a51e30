package org.schemaboard.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The written sections inside {@code design.json}: an object of section key → the section's fields, for the sections
 * someone filled, in document order. Ids inside (entities, attributes, query patterns) are those of the file.
 */
public final class SpecificationJson {

    private SpecificationJson() {
    }

    /** The filled sections as one JSON object. */
    public static ObjectNode write(Specification spec) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (SpecSection section : SpecSection.values()) {
            if (spec.filled(section)) {
                out.set(section.key(), SectionJson.tree(spec.stored(section).content()));
            }
        }
        return out;
    }

    /**
     * Reads the sections of a {@code design.json}.
     *
     * @throws IllegalArgumentException naming the section that is unknown or cannot be read
     */
    public static List<SectionContent> read(JsonNode sections) {
        List<SectionContent> read = new ArrayList<>();
        if (sections == null || sections.isNull()) {
            return read;
        }
        if (!sections.isObject()) {
            throw new IllegalArgumentException("is not an object of sections");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            SpecSection section = SpecSection.byKey(field.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "has an unknown section \"" + field.getKey() + "\""));
            try {
                read.add(SectionJson.read(section, field.getValue().toString()));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("." + field.getKey() + " cannot be read: "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage().lines().findFirst()
                        .orElse("")));
            }
        }
        return read;
    }

    /** The same content with every id found in {@code ids} replaced (an import gives elements new ids). */
    public static SectionContent remap(SectionContent content, Map<UUID, UUID> ids) {
        JsonNode tree = remap(SectionJson.tree(content), ids);
        return SectionJson.read(content.section(), tree.toString());
    }

    private static JsonNode remap(JsonNode node, Map<UUID, UUID> ids) {
        if (node.isTextual()) {
            try {
                UUID to = ids.get(UUID.fromString(node.asText()));
                return to == null ? node : TextNode.valueOf(to.toString());
            } catch (IllegalArgumentException notAnId) {
                return node;
            }
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> object.set(n, remap(object.get(n), ids)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, remap(node.get(i), ids));
            }
        }
        return node;
    }
}

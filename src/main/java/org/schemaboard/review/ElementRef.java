package org.schemaboard.review;

import java.util.UUID;

/**
 * What a comment thread is attached to: a type, a key and a label. The key of a model element is its stable id, so a
 * thread stays attached when the element is renamed; sections without ids of their own (a scalability item, an
 * overview section) use any key of their choosing with a type of their own.
 */
public record ElementRef(String type, String key, String label) {

    public static final String DESIGN = "DESIGN";
    public static final String ENTITY = "ENTITY";
    public static final String ATTRIBUTE = "ATTRIBUTE";
    public static final String RELATIONSHIP = "RELATIONSHIP";
    public static final String INDEX = "INDEX";
    public static final String QUERY_PATTERN = "QUERY_PATTERN";

    public static ElementRef of(String type, UUID id, String label) {
        return new ElementRef(type, id.toString(), label);
    }

    /** A readable name of the type: "Query pattern". */
    public String typeLabel() {
        return typeLabel(type);
    }

    public static String typeLabel(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String words = type.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.schemaboard.model;

import java.util.Map;

/** Small helpers for submitted text. */
final class Text {

    private Text() {
    }

    /** Trimmed text, or null when blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Records an error when the text is longer than {@code max}. */
    static void checkLength(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "Use at most " + max + " characters (this has " + value.length() + ")");
        }
    }
}

package org.schemaboard.spec;

import java.util.List;

/**
 * The requirements the design starts from: the architecture and requirements notes written here or uploaded
 * (Markdown or text), the name of the file they came from, and the suggestions the author dismissed (by key), which
 * stay dismissed.
 */
public record Requirements(String text, String source, List<String> dismissed) implements SectionContent {

    public static final Requirements EMPTY = new Requirements(null, null, List.of());

    public Requirements {
        dismissed = Lists.copy(dismissed);
    }

    public Requirements withText(String newText, String newSource) {
        return new Requirements(newText, newSource, dismissed);
    }

    /** The same requirements with one more suggestion dismissed. */
    public Requirements dismissing(String key) {
        if (dismissed.contains(key)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(dismissed);
        more.add(key);
        return new Requirements(text, source, more);
    }
}

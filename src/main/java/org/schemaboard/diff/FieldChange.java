package org.schemaboard.diff;

import java.util.List;

/** One field of an element that differs: its value before and after ({@code null} when empty). */
public record FieldChange(String field, String before, String after) {

    /** Whether the field is written text (several lines), shown as a line diff rather than before → after. */
    public boolean multiLine() {
        return before != null && before.contains("\n") || after != null && after.contains("\n");
    }

    /** The line diff of the two values: lines prefixed "- ", "+ " or "  ". */
    public List<String> lineDiff() {
        return TextDiff.lines(before, after);
    }
}

package org.schemaboard.diff;

import java.util.UUID;

/**
 * A removed element and an added one of the same shape, compared by name (a file carries no ids that survive a
 * rename): it "looks like a rename". Accepting it ({@link ModelDiff#withRenames}) pairs them instead.
 */
public record RenameHint(ElementKind kind, UUID fromId, UUID toId, String before, String after, String reason) {

    public String describe() {
        return kind.label() + " " + before + " → " + after + " looks like a rename (" + reason + ")";
    }
}

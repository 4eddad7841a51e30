package org.schemaboard.design;

/** What a person types to create a design or change its details. */
public record DesignDraft(String name, TargetDatabase targetDatabase, String description) {
}

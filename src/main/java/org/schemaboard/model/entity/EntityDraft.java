package org.schemaboard.model.entity;

/** What a person submits to create or change an entity (its attributes are edited one by one). */
public record EntityDraft(String name, EntityKind kind, String purpose, String businessRules, String lifecycle,
                          String notes) {

    public static EntityDraft named(String name, EntityKind kind) {
        return new EntityDraft(name, kind, null, null, null, null);
    }
}

package org.schemaboard.model.entity;

/** What role an entity plays, in the brief's terms: core business entity or one of the supporting kinds. */
public enum EntityKind {
    CORE("Core"), LOOKUP("Lookup"), JUNCTION("Junction"), AUDIT("Audit");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

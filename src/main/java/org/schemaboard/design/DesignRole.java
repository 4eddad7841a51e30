package org.schemaboard.design;

/** A member's role in one design. */
public enum DesignRole {
    OWNER("Owner"),
    EDITOR("Editor"),
    REVIEWER("Reviewer"),
    VIEWER("Viewer");

    private final String label;

    DesignRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Owners and editors change the model; reviewers comment and approve; viewers read. */
    public boolean canEdit() {
        return this == OWNER || this == EDITOR;
    }

    /** Only owners delete a design or manage its members. */
    public boolean canManage() {
        return this == OWNER;
    }
}

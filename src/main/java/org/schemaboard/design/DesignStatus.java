package org.schemaboard.design;

/** Where a design stands in its handoff: a draft, in review, or approved (until the next edit starts a new draft). */
public enum DesignStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    APPROVED("Approved");

    private final String label;

    DesignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

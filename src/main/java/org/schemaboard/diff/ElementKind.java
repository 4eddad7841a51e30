package org.schemaboard.diff;

/** The kinds of design element a diff compares. */
public enum ElementKind {
    ENTITY("Entity"), ATTRIBUTE("Attribute"), RELATIONSHIP("Relationship"), INDEX("Index"),
    QUERY_PATTERN("Query pattern");

    private final String label;

    ElementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

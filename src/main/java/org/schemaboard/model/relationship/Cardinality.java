package org.schemaboard.model.relationship;

/** How many rows on each side of a relationship. */
public enum Cardinality {
    ONE_TO_ONE("1:1", "||--||"), ONE_TO_MANY("1:N", "||--o{"), MANY_TO_MANY("N:M", "}o--o{");

    private final String label;
    private final String erNotation;

    Cardinality(String label, String erNotation) {
        this.label = label;
        this.erNotation = erNotation;
    }

    public String label() {
        return label;
    }

    /** The connector of the brief's text ERD, e.g. {@code Users ||--o{ Orders : "places"}. */
    public String erNotation() {
        return erNotation;
    }
}

package org.schemaboard.importing.er;

import java.util.List;

/**
 * An entity-relationship diagram as a Mermaid {@code erDiagram} or a PlantUML IE diagram states it, before it is
 * mapped onto tables: entities with attributes, and relationships with crow's-foot ends. Lines and columns 1-based.
 */
record ErDocument(List<Entity> entities, List<Relationship> relationships) {

    record Entity(String name, List<Attribute> attributes, int line) {
    }

    /**
     * @param mandatory PlantUML's {@code *} (NOT NULL); Mermaid has no such marker
     * @param keys      PK, FK, UK in upper case
     */
    record Attribute(String name, String type, List<String> keys, String comment, boolean mandatory, int line) {
    }

    /** One end of a relationship: at most one ({@code |o}, {@code ||}) or many, and whether it may be absent. */
    enum End {
        ZERO_OR_ONE(false, true), EXACTLY_ONE(false, false), ZERO_OR_MORE(true, true), ONE_OR_MORE(true, false);

        final boolean many;
        final boolean optional;

        End(boolean many, boolean optional) {
            this.many = many;
            this.optional = optional;
        }
    }

    record Relationship(String left, End leftEnd, String right, End rightEnd, boolean identifying, String label,
                        int line, int column) {
    }
}

package org.schemaboard.finder;

/**
 * One thing the finder can go to.
 *
 * @param kind    what it is
 * @param label   what is matched and shown first (an entity's name, {@code orders.customer_id} for an attribute)
 * @param detail  a second line of context (the entity of an index, a thread's first words); may be empty
 * @param section the editor section that shows it ({@code entities}, {@code specification}, …)
 * @param param   the address parameter that selects it within the section ({@code entity}, {@code part}), or null
 * @param value   that parameter's value, or null
 */
public record FinderItem(Kind kind, String label, String detail, String section, String param, String value) {

    public enum Kind {
        ENTITY("Entity"), ATTRIBUTE("Attribute"), RELATIONSHIP("Relationship"), INDEX("Index"),
        QUERY_PATTERN("Query pattern"), SECTION("Section"), THREAD("Comment thread"), NOSQL("NoSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

package org.schemaboard.diff;

/**
 * A step of a migration that can lose data, fail on existing rows or block a table, with a safer way to do it.
 *
 * @param element what it is about ({@code orders.total})
 */
public record Finding(Severity severity, String element, String problem, String saferSequence) {

    public enum Severity {
        DANGER("Data loss"), WARNING("May fail or block"), NOTICE("Breaks readers");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String describe() {
        return severity.label() + " — " + element + ": " + problem + " Safer: " + saferSequence;
    }
}

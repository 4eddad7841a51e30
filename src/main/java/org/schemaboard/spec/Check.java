package org.schemaboard.spec;

import java.util.UUID;

/**
 * One finding about a plan, shown beside it; it never blocks a save.
 *
 * @param rule     a stable name of the rule, e.g. {@code partition-key-in-unique}
 * @param entityId the entity the finding is about, when it is about one (to show it beside that entity's plan)
 * @param subject  what the finding is about, as a person reads it: an entity or replica name
 */
public record Check(Severity severity, SpecSection section, String rule, UUID entityId, String subject,
                    String message) {

    public enum Severity {
        PROBLEM("Problem"), WARNING("Worth a look");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

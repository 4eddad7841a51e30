package org.schemaboard.spec;

import java.util.UUID;
import org.schemaboard.base.ElementType;

/**
 * One finding of the design checks (the {@code checks} feature runs them; spec and export only read findings). A
 * finding never blocks a save; error-level findings block approval until fixed or suppressed.
 *
 * @param rule        a stable id of the rule, e.g. {@code fk-without-index}
 * @param elementType what kind of element the finding is about ({@code DESIGN} when about the whole design)
 * @param elementId   that element's id; null for the design or a written section
 * @param entityId    the entity the element belongs to (or is), to show the finding beside it; may be null
 * @param subject     the element as a person reads it: {@code orders.user_id}, an index or replica name
 * @param section     the written section the finding is about, when it is about one
 * @param item        the checklist item the finding counts against, or null
 * @param fix         what to do about it
 * @param why         why it matters, in a sentence
 */
public record Check(String rule, Severity severity, ElementType elementType, UUID elementId, UUID entityId,
                    String subject, String message, String fix, String why, SpecSection section,
                    SpecificationChecklist.Item item) {

    /** Where the finding points, as one string: suppressions are keyed by rule and this. */
    public String elementKey() {
        if (elementId != null) {
            return elementId.toString();
        }
        return section != null ? "section:" + section.key() : "design";
    }

    public enum Severity {
        ERROR("Error"), WARNING("Warning"), INFO("Info");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether this severity is at least as serious as {@code other} (ERROR reaches WARNING). */
        public boolean reaches(Severity other) {
            return ordinal() <= other.ordinal();
        }
    }
}

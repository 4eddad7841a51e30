package org.schemaboard.checks;

import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationChecklist;

/**
 * One rule of the design checks.
 *
 * @param id       stable, kebab-case: used in suppressions, the command line and SARIF output
 * @param category which family it belongs to (for filters and documentation)
 * @param item     the checklist item its findings count against, or null
 * @param section  the written section its findings are about, when they are about one
 * @param title    what the rule looks for, in a few words
 * @param why      why it matters, in a sentence
 * @param fix      the usual fix, in a sentence
 */
public record Rule(String id, Check.Severity severity, Category category, SpecificationChecklist.Item item,
                   SpecSection section, String title, String why, String fix) {

    public enum Category {
        INTEGRITY("Integrity"), INDEXING("Indexing"), TYPES_AND_NAMING("Types and naming"),
        SCALABILITY("Scalability"), WRITTEN_SECTIONS("Written sections");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static Rule error(String id, Category category, SpecificationChecklist.Item item, String title, String why,
                      String fix) {
        return new Rule(id, Check.Severity.ERROR, category, item, null, title, why, fix);
    }

    static Rule warning(String id, Category category, SpecificationChecklist.Item item, String title, String why,
                        String fix) {
        return new Rule(id, Check.Severity.WARNING, category, item, null, title, why, fix);
    }

    static Rule info(String id, Category category, SpecificationChecklist.Item item, String title, String why,
                     String fix) {
        return new Rule(id, Check.Severity.INFO, category, item, null, title, why, fix);
    }

    /** The same rule, about a written section. */
    Rule in(SpecSection value) {
        return new Rule(id, severity, category, item, value, title, why, fix);
    }
}

package org.schemaboard.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The author's self-critique, the brief's second deliverable after the design: a reflection under seven headings,
 * written by the author before a review can be requested. The facts to reflect on ({@link CritiqueFacts}) are
 * computed from the design, not stored: the text is what the author makes of them.
 */
public record SelfCritique(String modelingDecisions, String performance, String technologyChoices, String migration,
                           String wentWell, String lessonsLearned, String recommendations)
        implements SectionContent {

    public static final SelfCritique EMPTY = new SelfCritique(null, null, null, null, null, null, null);

    /** The seven parts, in the record's order: the key is the record component's name. */
    public enum Part {
        MODELING_DECISIONS("modelingDecisions", "Data modeling decisions",
                "Entities missed or mis-modelled, relationships, normalization and its exceptions"),
        PERFORMANCE("performance", "Performance and scalability",
                "Indexes against the query patterns, read and write load, realistic scaling plans"),
        TECHNOLOGY_CHOICES("technologyChoices", "Technology choices",
                "Was the database choice justified; integration, NoSQL patterns, operational complexity"),
        MIGRATION("migration", "Migration and operations",
                "Is the migration safe, are rollbacks tested, what do schema changes do to running applications"),
        WENT_WELL("wentWell", "What went well", "Specific successes in modeling, indexing and planning"),
        LESSONS_LEARNED("lessonsLearned", "Lessons learned", "Insights worth keeping for the next design"),
        RECOMMENDATIONS("recommendations", "Recommendations",
                "For the security specialist, the development teams, and the design process");

        private final String key;
        private final String label;
        private final String helper;

        Part(String key, String label, String helper) {
            this.key = key;
            this.label = label;
            this.helper = helper;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String helper() {
            return helper;
        }
    }

    public String text(Part part) {
        return switch (part) {
            case MODELING_DECISIONS -> modelingDecisions;
            case PERFORMANCE -> performance;
            case TECHNOLOGY_CHOICES -> technologyChoices;
            case MIGRATION -> migration;
            case WENT_WELL -> wentWell;
            case LESSONS_LEARNED -> lessonsLearned;
            case RECOMMENDATIONS -> recommendations;
        };
    }

    /** The parts the author has not written yet; a review can be requested when none is left. */
    public List<Part> missing() {
        List<Part> missing = new ArrayList<>();
        for (Part part : Part.values()) {
            String text = text(part);
            if (text == null || text.isBlank()) {
                missing.add(part);
            }
        }
        return missing;
    }

    public boolean complete() {
        return missing().isEmpty();
    }
}

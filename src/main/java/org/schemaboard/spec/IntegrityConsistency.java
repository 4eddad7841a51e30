package org.schemaboard.spec;

/** "Data Integrity and Consistency": where consistency must be strong, where eventual is fine, who validates what. */
public record IntegrityConsistency(String approach, String strongConsistency, String eventualConsistency,
                                   String databaseValidation, String applicationValidation)
        implements SectionContent {

    public static final IntegrityConsistency EMPTY = new IntegrityConsistency(null, null, null, null, null);
}

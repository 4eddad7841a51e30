package org.schemaboard.spec;

import java.util.List;

/** "Data Migration and Evolution Strategy": framework, practices, rollback, the deployment checklist, seeding. */
public record MigrationStrategy(String framework, String practices, String rollback,
                                List<ChecklistItem> deploymentChecklist, String deploymentProcess, String seeding)
        implements SectionContent {

    public static final MigrationStrategy EMPTY = new MigrationStrategy(null, null, null, List.of(), null, null);

    public MigrationStrategy {
        deploymentChecklist = Lists.copy(deploymentChecklist);
    }

    /** One pre-deployment check, ticked when done. */
    public record ChecklistItem(String text, boolean done) {
    }
}

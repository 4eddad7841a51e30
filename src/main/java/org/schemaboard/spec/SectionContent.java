package org.schemaboard.spec;

/**
 * The content of one specification section: a record stored as JSON. Which section it is follows from its type, so a
 * caller saves a section by handing over its record.
 */
public sealed interface SectionContent permits ExecutiveSummary, TechnologySelection, DataVolume, DesignDecisions,
        IntegrityConsistency, MigrationStrategy, BackupRecovery, NoSqlIntegration, Monitoring, HandoffNotes,
        ChecklistTicks, Partitioning, Sharding, ReadReplicas, VerticalPartitioning, Caching, VerticalScaling {

    default SpecSection section() {
        return SpecSection.of(getClass());
    }
}

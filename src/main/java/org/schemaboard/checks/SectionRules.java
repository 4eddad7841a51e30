package org.schemaboard.checks;

import static org.schemaboard.checks.Rule.Category.WRITTEN_SECTIONS;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.spec.BackupRecovery;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationChecklist.Item;

/** The brief's red flags over the written sections: what a specification must say before it is handed over. */
final class SectionRules {

    static final Rule NO_MIGRATION = Rule.warning("no-migration-strategy", WRITTEN_SECTIONS, Item.MIGRATION,
            "No migration strategy", "A red flag of the brief: the schema will change, and nobody has said how.",
            "Write the migration framework, practices and deployment process.").in(SpecSection.MIGRATION);
    static final Rule NO_ROLLBACK = Rule.warning("no-rollback-procedure", WRITTEN_SECTIONS, Item.MIGRATION,
            "Migration strategy without rollback", "A migration that cannot be undone turns a bad deploy into an "
                    + "outage.", "Write how a migration is rolled back and how integrity is verified.")
            .in(SpecSection.MIGRATION);
    static final Rule NO_BACKUP = Rule.warning("no-backup-plan", WRITTEN_SECTIONS, Item.BACKUP,
            "No backup and recovery plan", "Without one, the first disk failure decides how much data is lost.",
            "Write the backup schedule and the recovery procedures.").in(SpecSection.BACKUP);
    static final Rule NO_RPO_RTO = Rule.warning("no-rpo-rto", WRITTEN_SECTIONS, Item.BACKUP,
            "Backup plan without RPO/RTO", "How much data may be lost (RPO) and how long recovery may take (RTO) "
                    + "decide the whole backup design.", "State the recovery point and recovery time objectives.")
            .in(SpecSection.BACKUP);
    static final Rule NO_RESTORE_TEST = Rule.info("no-restore-testing", WRITTEN_SECTIONS, Item.BACKUP,
            "Restores never tested", "A backup that was never restored is a hope, not a backup.",
            "Say how often a restore is tested and where.").in(SpecSection.BACKUP);
    static final Rule NO_THRESHOLDS = Rule.warning("no-monitoring-thresholds", WRITTEN_SECTIONS, Item.MONITORING,
            "No monitoring thresholds", "Metrics without thresholds page nobody; the brief asks for alert levels.",
            "Add alert thresholds: slow queries, replication lag, storage, connections.").in(SpecSection.MONITORING);
    static final Rule NO_VOLUME = Rule.warning("no-data-volume-estimate", WRITTEN_SECTIONS, Item.SCALABILITY,
            "No data volume estimate", "Indexes, partitioning and hardware are sized from the expected volume.",
            "Estimate the initial volume and growth, overall or per entity.").in(SpecSection.DATA_VOLUME);
    static final Rule NO_LATENCY = Rule.warning("query-pattern-without-latency-target", WRITTEN_SECTIONS,
            Item.QUERY_PATTERNS, "Query pattern without latency target", "Without a target nobody can say whether "
                    + "the schema serves the query well enough.", "Give the pattern a latency target in ms.");
    static final Rule NO_FREQUENCY = Rule.info("query-pattern-without-frequency", WRITTEN_SECTIONS, null,
            "Query pattern without frequency", "Frequency decides which patterns deserve an index and which writes "
                    + "an index costs.", "Say how often the query runs.");
    static final Rule NO_INTEGRITY_SPLIT = Rule.warning("no-integrity-split", WRITTEN_SECTIONS, Item.INTEGRITY,
            "Validation split not written", "Which rules the database enforces and which the application does must "
                    + "be decided, or both will assume the other does.",
            "Write the database-level and application-level validation.").in(SpecSection.INTEGRITY);
    static final Rule NO_TECHNOLOGY = Rule.info("no-technology-rationale", WRITTEN_SECTIONS, null,
            "No technology rationale", "The choice of database should be traceable to the requirements.",
            "Write why the primary database fits.").in(SpecSection.TECHNOLOGY);

    static final List<Rule> ALL = List.of(NO_MIGRATION, NO_ROLLBACK, NO_BACKUP, NO_RPO_RTO, NO_RESTORE_TEST,
            NO_THRESHOLDS, NO_VOLUME, NO_LATENCY, NO_FREQUENCY, NO_INTEGRITY_SPLIT, NO_TECHNOLOGY);

    private SectionRules() {
    }

    static void check(Findings f) {
        if (f.model.entities().isEmpty()) {
            return; // an empty design has one finding that matters: no entities
        }
        if (!f.spec.filled(SpecSection.MIGRATION)) {
            f.section(NO_MIGRATION, SpecSection.MIGRATION, "No migration strategy is written");
        } else if (blank(f.spec.migration().rollback())) {
            f.section(NO_ROLLBACK, SpecSection.MIGRATION, "The migration strategy has no rollback procedure");
        }
        BackupRecovery backup = f.spec.backup();
        if (!f.spec.filled(SpecSection.BACKUP)) {
            f.section(NO_BACKUP, SpecSection.BACKUP, "No backup and recovery plan is written");
        } else {
            String all = Stream.of(backup.fullBackups(), backup.incrementalBackups(), backup.logBackups(),
                    backup.pointInTimeRecovery(), backup.disasterRecovery(), backup.restoreTesting())
                    .filter(s -> s != null).reduce("", (a, b) -> a + " " + b).toLowerCase(Locale.ROOT);
            if (!(all.contains("rpo") || all.contains("recovery point")) || !(all.contains("rto")
                    || all.contains("recovery time"))) {
                f.section(NO_RPO_RTO, SpecSection.BACKUP, "The backup plan states no RPO and RTO");
            }
            if (blank(backup.restoreTesting())) {
                f.section(NO_RESTORE_TEST, SpecSection.BACKUP, "The backup plan says nothing about restore tests");
            }
        }
        if (f.spec.monitoring().alerts().isEmpty()) {
            f.section(NO_THRESHOLDS, SpecSection.MONITORING, "No alert thresholds are written in Monitoring");
        }
        DataVolume volume = f.spec.dataVolume();
        if (blank(volume.initialVolume()) && volume.entities().stream().allMatch(v -> v.expectedRows() == null)) {
            f.section(NO_VOLUME, SpecSection.DATA_VOLUME, "No data volume estimate is written");
        }
        if (!f.spec.filled(SpecSection.INTEGRITY)) {
            f.section(NO_INTEGRITY_SPLIT, SpecSection.INTEGRITY, "The database/application validation split is not "
                    + "written (Integrity and consistency)");
        }
        if (!f.spec.filled(SpecSection.TECHNOLOGY)) {
            f.section(NO_TECHNOLOGY, SpecSection.TECHNOLOGY, "No technology selection rationale is written");
        }
        for (QueryPattern q : f.model.queryPatterns()) {
            if (q.latencyTargetMs() == null) {
                f.pattern(NO_LATENCY, q, "The query pattern \"" + q.name() + "\" has no latency target");
            }
            if (q.frequency() == null) {
                f.pattern(NO_FREQUENCY, q, "The query pattern \"" + q.name() + "\" has no frequency");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.schemaboard.spec;

/** "Backup and Recovery Strategy": schedules, point-in-time and disaster recovery, restore testing. */
public record BackupRecovery(String fullBackups, String incrementalBackups, String logBackups,
                             String pointInTimeRecovery, String disasterRecovery, String restoreTesting)
        implements SectionContent {

    public static final BackupRecovery EMPTY = new BackupRecovery(null, null, null, null, null, null);
}

package org.schemaboard.spec;

import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import org.schemaboard.spec.scalability.VerticalScaling;
import java.util.Arrays;
import java.util.List;

/** The sections of the specification that live outside the schema, in the order of the brief's document. */
public enum SpecSection {
    EXECUTIVE_SUMMARY("executive-summary", "Executive summary", Group.SPECIFICATION, ExecutiveSummary.EMPTY),
    TECHNOLOGY("technology", "Technology selection", Group.SPECIFICATION, TechnologySelection.EMPTY),
    DATA_VOLUME("data-volume", "Data volume and growth", Group.SPECIFICATION, DataVolume.EMPTY),
    DESIGN_DECISIONS("design-decisions", "Design decisions", Group.SPECIFICATION, DesignDecisions.EMPTY),
    VERTICAL_SCALING("vertical-scaling", "Vertical scaling", Group.SCALABILITY, VerticalScaling.EMPTY),
    READ_REPLICAS("read-replicas", "Read replicas", Group.SCALABILITY, ReadReplicas.EMPTY),
    PARTITIONING("partitioning", "Partitioning", Group.SCALABILITY, Partitioning.EMPTY),
    SHARDING("sharding", "Sharding", Group.SCALABILITY, Sharding.EMPTY),
    VERTICAL_PARTITIONING("vertical-partitioning", "Vertical partitioning", Group.SCALABILITY,
            VerticalPartitioning.EMPTY),
    CACHING("caching", "Caching", Group.SCALABILITY, Caching.EMPTY),
    MIGRATION("migration", "Migration strategy", Group.SPECIFICATION, MigrationStrategy.EMPTY),
    INTEGRITY("integrity", "Integrity and consistency", Group.SPECIFICATION, IntegrityConsistency.EMPTY),
    BACKUP("backup", "Backup and recovery", Group.SPECIFICATION, BackupRecovery.EMPTY),
    NOSQL("nosql", "NoSQL integration", Group.SPECIFICATION, NoSqlIntegration.EMPTY),
    MONITORING("monitoring", "Monitoring", Group.SPECIFICATION, Monitoring.EMPTY),
    HANDOFF("handoff", "Handoff notes", Group.SPECIFICATION, HandoffNotes.EMPTY),
    CHECKLIST("checklist", "Checklist ticks", Group.CHECKLIST, ChecklistTicks.EMPTY),
    REQUIREMENTS("requirements", "Requirements", Group.REQUIREMENTS, Requirements.EMPTY),
    SELF_CRITIQUE("self-critique", "Self-critique", Group.SELF_CRITIQUE, SelfCritique.EMPTY);

    /**
     * Where the section is edited: the Scalability tab, the Specification tab, the checklist, or a tab of its own
     * (requirements, self-critique).
     */
    public enum Group { SCALABILITY, SPECIFICATION, CHECKLIST, REQUIREMENTS, SELF_CRITIQUE }

    private final String key;
    private final String label;
    private final Group group;
    private final SectionContent empty;

    SpecSection(String key, String label, Group group, SectionContent empty) {
        this.key = key;
        this.label = label;
        this.group = group;
        this.empty = empty;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** The editor tab the section is edited in (the last part of its address). */
    public String tab() {
        return switch (group) {
            case SCALABILITY -> "scalability";
            case SPECIFICATION -> "specification";
            case CHECKLIST -> "checklist";
            case REQUIREMENTS -> "requirements";
            case SELF_CRITIQUE -> "self-critique";
        };
    }

    /** The content of a section nobody has written yet. */
    public SectionContent empty() {
        return empty;
    }

    public Class<? extends SectionContent> type() {
        return empty.getClass();
    }

    public static List<SpecSection> inGroup(Group group) {
        return Arrays.stream(values()).filter(s -> s.group == group).toList();
    }

    public static SpecSection of(Class<?> type) {
        return Arrays.stream(values()).filter(s -> s.type() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section holds " + type.getSimpleName()));
    }

    public static java.util.Optional<SpecSection> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}

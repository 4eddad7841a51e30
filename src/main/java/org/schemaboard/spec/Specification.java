package org.schemaboard.spec;

import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import org.schemaboard.spec.scalability.VerticalScaling;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every section of one design's specification, those never written included (empty, version 0). Immutable; the read
 * model for the editor, the checks, the checklist and the export.
 */
public record Specification(UUID designId, Map<SpecSection, StoredSection<?>> sections) {

    public Specification {
        Map<SpecSection, StoredSection<?>> all = new EnumMap<>(SpecSection.class);
        for (SpecSection s : SpecSection.values()) {
            StoredSection<?> stored = sections.get(s);
            all.put(s, stored != null ? stored : StoredSection.empty(s.empty()));
        }
        sections = java.util.Collections.unmodifiableMap(all);
    }

    /** A specification with nothing written yet. */
    public static Specification empty(UUID designId) {
        return new Specification(designId, Map.of());
    }

    /** The same specification with one section's content replaced (its version kept): checks of unsaved input. */
    public Specification with(SectionContent content) {
        Map<SpecSection, StoredSection<?>> copy = new java.util.EnumMap<>(sections);
        StoredSection<?> old = sections.get(content.section());
        copy.put(content.section(), new StoredSection<>(content, old.version(), old.updatedBy(), old.updatedAt(),
                SectionJson.filled(content)));
        return new Specification(designId, copy);
    }

    public StoredSection<?> stored(SpecSection section) {
        return sections.get(section);
    }

    public boolean filled(SpecSection section) {
        return sections.get(section).filled();
    }

    public int version(SpecSection section) {
        return sections.get(section).version();
    }

    /** The sections of a group (or all) that nobody has written anything in, in document order. */
    public List<SpecSection> emptySections() {
        return Arrays.stream(SpecSection.values()).filter(s -> s.group() != SpecSection.Group.CHECKLIST)
                .filter(s -> !filled(s)).toList();
    }

    public <T extends SectionContent> T content(SpecSection section, Class<T> type) {
        return type.cast(sections.get(section).content());
    }

    public ExecutiveSummary executiveSummary() {
        return content(SpecSection.EXECUTIVE_SUMMARY, ExecutiveSummary.class);
    }

    public TechnologySelection technology() {
        return content(SpecSection.TECHNOLOGY, TechnologySelection.class);
    }

    public DataVolume dataVolume() {
        return content(SpecSection.DATA_VOLUME, DataVolume.class);
    }

    public DesignDecisions designDecisions() {
        return content(SpecSection.DESIGN_DECISIONS, DesignDecisions.class);
    }

    public IntegrityConsistency integrity() {
        return content(SpecSection.INTEGRITY, IntegrityConsistency.class);
    }

    public MigrationStrategy migration() {
        return content(SpecSection.MIGRATION, MigrationStrategy.class);
    }

    public BackupRecovery backup() {
        return content(SpecSection.BACKUP, BackupRecovery.class);
    }

    public NoSqlIntegration noSql() {
        return content(SpecSection.NOSQL, NoSqlIntegration.class);
    }

    public Monitoring monitoring() {
        return content(SpecSection.MONITORING, Monitoring.class);
    }

    public HandoffNotes handoff() {
        return content(SpecSection.HANDOFF, HandoffNotes.class);
    }

    public ChecklistTicks checklistTicks() {
        return content(SpecSection.CHECKLIST, ChecklistTicks.class);
    }

    public Partitioning partitioning() {
        return content(SpecSection.PARTITIONING, Partitioning.class);
    }

    public Sharding sharding() {
        return content(SpecSection.SHARDING, Sharding.class);
    }

    public ReadReplicas readReplicas() {
        return content(SpecSection.READ_REPLICAS, ReadReplicas.class);
    }

    public VerticalPartitioning verticalPartitioning() {
        return content(SpecSection.VERTICAL_PARTITIONING, VerticalPartitioning.class);
    }

    public Caching caching() {
        return content(SpecSection.CACHING, Caching.class);
    }

    public VerticalScaling verticalScaling() {
        return content(SpecSection.VERTICAL_SCALING, VerticalScaling.class);
    }

    public Requirements requirements() {
        return content(SpecSection.REQUIREMENTS, Requirements.class);
    }

    public SelfCritique selfCritique() {
        return content(SpecSection.SELF_CRITIQUE, SelfCritique.class);
    }
}

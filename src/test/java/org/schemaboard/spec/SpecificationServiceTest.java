package org.schemaboard.spec;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import org.schemaboard.spec.scalability.VerticalScaling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.RecordedDesignEvents;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.audit.ChangeSummary;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;

/** The write path of every specification section: roles, validation, versions, audit and events. */
@ServiceTest
class SpecificationServiceTest {

    @Autowired
    TestData data;
    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    SpecificationService service;
    @Autowired
    AuditLog auditLog;
    @Autowired
    RecordedDesignEvents events;

    // One set of accounts for the class: hashing passwords is what makes creating accounts slow.
    static String owner;
    static String editor;
    static String reviewer;
    static String viewer;
    /** Whose database the accounts above are in: the PostgreSQL subclass runs in another context and needs its own. */
    static TestData accountsIn;
    UUID design;
    UUID orders;
    UUID ordersId;
    UUID userId;

    @BeforeEach
    void design() {
        if (owner == null || accountsIn != data) {
            accountsIn = data;
            owner = data.account("spec-owner");
            editor = data.account("spec-editor");
            reviewer = data.account("spec-reviewer");
            viewer = data.account("spec-viewer");
        }
        design = data.design(owner, TestData.designName("Spec"));
        data.as(owner, () -> {
            designs.setMember(design, editor, DesignRole.EDITOR);
            designs.setMember(design, reviewer, DesignRole.REVIEWER);
            designs.setMember(design, viewer, DesignRole.VIEWER);
            orders = entities.createEntity(design, EntityDraft.named("orders", EntityKind.CORE));
            ordersId = entities.addAttribute(orders, AttributeDraft.of("id", "UUID").asPrimaryKey());
            userId = entities.addAttribute(orders, AttributeDraft.of("user_id", "UUID").notNull());
        });
    }

    /** One filled example of every section. */
    List<SectionContent> everySection() {
        return List.of(
                new ExecutiveSummary("PostgreSQL 16", ExecutiveSummary.DataModelApproach.RELATIONAL, "3NF",
                        "Strong for money", "Read replicas first"),
                new TechnologySelection("PostgreSQL 16", "Relational fits", "Fast", "Replicas", "ACID", "Managed",
                        "Known", "JDBC"),
                new DataVolume("10 GB", "5 GB/month", "500 qps", "Black Friday x5", "7 years",
                        List.of(new DataVolume.EntityVolume(orders, 1_000_000L, 50_000L, null))),
                new DesignDecisions("UUID keys", List.of(new DesignDecisions.DataTypeChoice("DECIMAL(12,2)",
                        "Money", "Exact")), "3NF", "Integrity", List.of("Order totals stored"), "FKs everywhere"),
                new IntegrityConsistency("Strong for money", "Orders, payments", "Search", "CHECKs", "Rules"),
                new MigrationStrategy("Flyway", "Atomic", "Every migration has a rollback script",
                        List.of(new MigrationStrategy.ChecklistItem("Tested on staging", true)), "1. Backup",
                        "Categories seeded"),
                new BackupRecovery("Daily", "Every 4 h", "Every 15 min", "Any second", "Cross-region", "Monthly"),
                new NoSqlIntegration("Redis for carts", List.of(new NoSqlIntegration.CodeBlock("Cart",
                        NoSqlIntegration.BlockKind.CACHE_KEYS, "redis", "HSET cart:user-456 product-123 2"))),
                new Monitoring("Slow queries", "Storage growth", List.of(new Monitoring.AlertThreshold(
                        "Replication lag", "> 30 s", "Page on-call"))),
                new HandoffNotes("Encrypt email", "Use the query patterns"),
                new ChecklistTicks(List.of("backup")),
                new Partitioning(List.of(new Partitioning.Plan(orders, Partitioning.Strategy.HASH,
                        List.of(userId), 4, List.of(), "None", "Even spread"))),
                new Sharding(4, Sharding.Routing.HASH, List.of(new Sharding.ShardKey(orders, List.of(userId), null)),
                        "Avoid", "Double shards", "Application checks"),
                new ReadReplicas(List.of(new ReadReplicas.Replica("replica-1", "Reporting", List.of(), 60, null)),
                        List.of(), "Write-after-read on primary"),
                new VerticalPartitioning(List.of(new VerticalPartitioning.Split(orders, List.of(ordersId),
                        List.of(userId), "Rarely read"))),
                new Caching(List.of(new Caching.CacheEntry("product:{id}", "Product JSON", 3600, "On update",
                        List.of())), null),
                new VerticalScaling("8 cores", "64 GB", "NVMe", "PgBouncer 200"),
                new Requirements("Orders must be audited.", "requirements.md", List.of("audit-log")),
                org.schemaboard.TestData.CRITIQUE);
    }

    @Test
    void every_section_is_saved_and_read_back_whole() {
        List<SectionContent> all = everySection();
        assertThat(all).extracting(SectionContent::section).containsExactlyInAnyOrder(SpecSection.values());
        assertThat(data.as(viewer, () -> service.load(design)).emptySections()).hasSize(18);
        for (SectionContent content : all) {
            assertThat(data.as(editor, () -> service.save(design, 0, content))).isEqualTo(1);
        }
        Specification spec = data.as(viewer, () -> service.load(design));
        for (SectionContent content : all) {
            StoredSection<?> stored = spec.stored(content.section());
            assertThat(stored.content()).as(content.section().key()).isEqualTo(content);
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.updatedBy()).isEqualTo(editor);
            assertThat(stored.filled()).isTrue();
        }
        assertThat(spec.emptySections()).isEmpty();
    }

    @Test
    void a_second_save_needs_the_version_it_was_based_on() {
        Monitoring first = new Monitoring(null, null, List.of(new Monitoring.AlertThreshold("Slow query", "> 5 s",
                null)));
        data.as(owner, () -> service.save(design, 0, first));
        Monitoring second = new Monitoring("Query time", null, first.alerts());
        assertThat(data.as(editor, () -> service.save(design, 1, second))).isEqualTo(2);

        Monitoring stale = new Monitoring("Lock waits", null, List.of());
        assertThatThrownBy(() -> data.as(owner, () -> service.save(design, 1, stale)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("The section Monitoring was changed by " + TestData.displayName(editor));
        assertThatThrownBy(() -> data.as(owner, () -> service.save(design, 0, stale)))
                .as("a first save when someone else has saved the section meanwhile")
                .isInstanceOf(ConflictException.class);
        assertThat(data.as(owner, () -> service.load(design)).monitoring()).isEqualTo(second);
    }

    @Test
    void reviewers_and_viewers_read_but_cannot_save_and_outsiders_cannot_read() {
        HandoffNotes notes = new HandoffNotes("Encrypt email", null);
        assertThatThrownBy(() -> data.as(reviewer, () -> service.save(design, 0, notes)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> data.as(viewer, () -> service.save(design, 0, notes)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(data.as(viewer, () -> service.load(design)).filled(SpecSection.HANDOFF)).isFalse();
        String outsider = data.account("spec-outsider");
        assertThatThrownBy(() -> data.as(outsider, () -> service.load(design)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        Monitoring noThreshold = new Monitoring(null, null, List.of(
                new Monitoring.AlertThreshold("Replication lag", " ", null)));
        assertThatThrownBy(() -> data.as(editor, () -> service.save(design, 0, noThreshold)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("alerts[0].threshold"));
        Partitioning twice = new Partitioning(List.of(
                new Partitioning.Plan(orders, Partitioning.Strategy.HASH, List.of(userId), 4, List.of(), null, null),
                new Partitioning.Plan(orders, null, List.of(), 0, List.of(), null, null)));
        assertThatThrownBy(() -> data.as(editor, () -> service.save(design, 0, twice)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("plans[1].entity", "plans[1].strategy", "plans[1].hashPartitions"));
        ExecutiveSummary tooLong = new ExecutiveSummary("x".repeat(20_001), null, null, null, null);
        assertThatThrownBy(() -> data.as(editor, () -> service.save(design, 0, tooLong)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("databaseTechnology"));
        Specification spec = data.as(editor, () -> service.load(design));
        assertThat(spec.version(SpecSection.MONITORING)).isZero();
        assertThat(spec.version(SpecSection.PARTITIONING)).isZero();
        assertThat(auditLog.forDesign(design, 100)).noneMatch(r -> r.elementType() == ElementType.SPEC_SECTION);
    }

    @Test
    void a_plan_that_fails_a_check_is_still_saved() {
        Partitioning onePartition = new Partitioning(List.of(new Partitioning.Plan(orders,
                Partitioning.Strategy.HASH, List.of(userId), 1, List.of(), null, null)));
        data.as(editor, () -> service.save(design, 0, onePartition));
        assertThat(data.as(editor, () -> service.load(design)).partitioning()).isEqualTo(onePartition);
    }

    @Test
    void blank_texts_are_tidied_and_a_blank_section_is_not_filled() {
        data.as(editor, () -> service.save(design, 0, new HandoffNotes("   ", "\n")));
        Specification spec = data.as(editor, () -> service.load(design));
        assertThat(spec.handoff()).isEqualTo(HandoffNotes.EMPTY);
        assertThat(spec.filled(SpecSection.HANDOFF)).isFalse();
        data.as(editor, () -> service.save(design, 1, new HandoffNotes("  Encrypt email  ", null)));
        assertThat(data.as(editor, () -> service.load(design)).handoff().securitySpecialist())
                .isEqualTo("Encrypt email");
    }

    @Test
    void a_save_is_audited_with_a_readable_change_and_announced_after_commit() {
        Partitioning plan = new Partitioning(List.of(new Partitioning.Plan(orders, Partitioning.Strategy.HASH,
                List.of(userId), 4, List.of(), null, "Even spread")));
        data.as(editor, () -> service.save(design, 0, plan));
        Partitioning fixed = new Partitioning(List.of(new Partitioning.Plan(orders, Partitioning.Strategy.HASH,
                List.of(ordersId, userId), 8, List.of(), null, "Even spread")));
        data.as(owner, () -> service.save(design, 1, fixed));

        AuditRecord latest = auditLog.forDesign(design, 1).get(0);
        assertThat(latest.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(latest.elementType()).isEqualTo(ElementType.SPEC_SECTION);
        assertThat(latest.elementName()).isEqualTo("Partitioning");
        assertThat(ChangeSummary.of(latest.oldValue(), latest.newValue())).isEqualTo(
                "plans[orders].keyAttributeIds: orders.user_id → orders.id, orders.user_id; "
                        + "plans[orders].hashPartitions: 4 → 8");

        List<DesignChanged> announced = events.about(design).stream()
                .filter(e -> e.elementType() == ElementType.SPEC_SECTION).toList();
        assertThat(announced).extracting(DesignChanged::action)
                .containsExactly(ChangeAction.CREATE, ChangeAction.UPDATE);
        assertThat(announced).extracting(DesignChanged::actor).containsExactly(editor, owner);
        assertThat(announced.get(1).elementName()).isEqualTo("Partitioning");
    }

    @Test
    void saving_the_same_content_again_changes_nothing() {
        HandoffNotes notes = new HandoffNotes("Encrypt email", null);
        data.as(editor, () -> service.save(design, 0, notes));
        int lines = auditLog.forDesign(design, 100).size();
        assertThat(data.as(editor, () -> service.save(design, 1, notes))).isEqualTo(1);
        assertThat(auditLog.forDesign(design, 100)).hasSize(lines);
    }
}

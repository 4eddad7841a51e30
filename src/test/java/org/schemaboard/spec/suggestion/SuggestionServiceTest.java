package org.schemaboard.spec.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.OWNER;
import static org.schemaboard.TestData.REVIEWER;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.spec.NoSqlIntegration;
import org.schemaboard.spec.Requirements;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationService;
import org.schemaboard.spec.TechnologySelection;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.undo.UndoService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each suggestion of the requirements applied through the real write path on H2: what it adds, that undo takes it all
 * back in one step (and it is offered again), and that dismissing keeps it dismissed.
 */
@ServiceTest
class SuggestionServiceTest {

    @Autowired
    TestData data;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    SpecificationService specification;
    @Autowired
    DesignModelService models;
    @Autowired
    EntityService entities;
    @Autowired
    QueryPatternService patterns;
    @Autowired
    UndoService undo;
    @Autowired
    AuditLog auditLog;

    UUID design;
    TestData.Sample s;

    @BeforeEach
    void design() {
        design = data.newDesign();
        s = data.sample(design);
        data.as(OWNER, () -> {
            entities.addAttribute(s.orders(), AttributeDraft.of("created_at", "TIMESTAMP WITH TIME ZONE").notNull());
            entities.addAttribute(s.users(), AttributeDraft.of("password_hash", "VARCHAR").withLength(255));
            UUID countries = entities.createEntity(design, EntityDraft.named("countries", EntityKind.LOOKUP));
            entities.addAttribute(countries, AttributeDraft.of("code", "CHAR").withLength(2).asPrimaryKey());
        });
    }

    @Test
    void audit_log_adds_the_briefs_table_linked_to_users_and_undo_takes_it_back_in_one_step() {
        requirements("Orders are placed by users. Every change to orders must be kept in an audit trail.");
        Suggestion offered = find(Suggestions.AUDIT_LOG);
        assertThat(offered.status()).isEqualTo(Suggestion.Status.OFFERED);
        assertThat(offered.sentence()).isEqualTo("Every change to orders must be kept in an audit trail.");

        data.as(OWNER, () -> suggestions.apply(design, Suggestions.AUDIT_LOG));
        DesignModel model = model();
        Entity log = model.entityNamed("audit_log").orElseThrow();
        assertThat(log.kind()).isEqualTo(EntityKind.AUDIT);
        assertThat(log.attributes()).extracting(Attribute::name).containsExactly("id", "table_name", "record_id",
                "action", "old_values", "new_values", "changed_by", "changed_at", "ip_address", "user_agent");
        assertThat(log.attributeNamed("old_values").orElseThrow().dataType()).isEqualTo("JSONB");
        assertThat(log.attributeNamed("action").orElseThrow().checkExpression()).contains("'DELETE'");
        assertThat(log.attributeNamed("record_id").orElseThrow().dataType()).isEqualTo("UUID");
        assertThat(model.indexesOf(log.id())).extracting(Index::name).containsExactlyInAnyOrder(
                "idx_audit_log_record", "idx_audit_log_changed_at", "idx_audit_log_changed_by");
        assertThat(model.relationshipsOf(log.id())).singleElement()
                .satisfies(r -> assertThat(r.fromEntityId()).isEqualTo(s.users()));
        assertThat(find(Suggestions.AUDIT_LOG).status()).isEqualTo(Suggestion.Status.APPLIED);
        assertThat(data.as(OWNER, () -> undo.status(design)).nextUndo())
                .isEqualTo("applied suggestion: Audit log entity");

        data.as(OWNER, () -> undo.undo(design, false));
        DesignModel undone = model();
        assertThat(undone.entityNamed("audit_log")).isEmpty();
        assertThat(undone.relationships()).hasSize(1);
        assertThat(undone.indexes()).hasSize(1);
        assertThat(find(Suggestions.AUDIT_LOG).status()).isEqualTo(Suggestion.Status.OFFERED);
    }

    @Test
    void tenant_key_goes_on_every_entity_but_lookups_with_a_tenant_first_index_and_a_row_level_security_note() {
        requirements("The platform is multi-tenant: each shop sees only its own data.");
        data.as(OWNER, () -> suggestions.apply(design, Suggestions.TENANCY));
        DesignModel model = model();
        for (String name : List.of("users", "orders")) {
            Entity e = model.entityNamed(name).orElseThrow();
            Attribute tenant = e.attributeNamed("tenant_id").orElseThrow();
            assertThat(tenant.nullable()).isFalse();
            assertThat(tenant.dataType()).isEqualTo("UUID");
            Index index = model.indexesOf(e.id()).stream().filter(i -> i.name().equals("idx_" + name + "_tenant"))
                    .findFirst().orElseThrow();
            assertThat(index.columns().get(0).attributeId()).isEqualTo(tenant.id());
            assertThat(index.columns()).hasSize(2);
        }
        assertThat(model.entityNamed("countries").orElseThrow().attributeNamed("tenant_id")).isEmpty();
        assertThat(load().handoff().securitySpecialist()).contains("row-level security")
                .contains("current_setting('app.tenant_id')").contains("orders, users");
        assertThat(find(Suggestions.TENANCY).status()).isEqualTo(Suggestion.Status.APPLIED);

        data.as(OWNER, () -> undo.undo(design, false));
        DesignModel undone = model();
        assertThat(undone.entities()).flatExtracting(Entity::attributes).extracting(Attribute::name)
                .doesNotContain("tenant_id");
        assertThat(undone.indexes()).hasSize(1);
        assertThat(load().handoff().securitySpecialist()).isNull();
        assertThat(find(Suggestions.TENANCY).status()).isEqualTo(Suggestion.Status.OFFERED);
    }

    @Test
    void large_volumes_get_a_quarterly_range_plan_on_the_table_with_a_time_column() {
        requirements("We expect millions of orders in the first year.");
        assertThat(find(Suggestions.PARTITIONING).title()).isEqualTo("Time-based partitioning of orders");
        data.as(OWNER, () -> suggestions.apply(design, Suggestions.PARTITIONING));
        Partitioning.Plan plan = load().partitioning().plans().get(0);
        assertThat(plan.entityId()).isEqualTo(s.orders());
        assertThat(plan.strategy()).isEqualTo(Partitioning.Strategy.RANGE);
        Entity orders = model().entity(s.orders()).orElseThrow();
        assertThat(plan.keyAttributeIds()).containsExactly(orders.attributeNamed("created_at").orElseThrow().id());
        assertThat(plan.bounds()).hasSize(4);
        assertThat(plan.bounds().get(0).bound()).startsWith("FROM ('").contains(") TO ('");
        assertThat(plan.rationale()).contains("We expect millions of orders in the first year.");

        data.as(OWNER, () -> undo.undo(design, false));
        assertThat(load().partitioning().plans()).isEmpty();
    }

    @Test
    void analytics_get_a_read_replica_serving_the_reporting_query_patterns() {
        UUID report = data.as(OWNER, () -> patterns.create(design, new QueryPatternDraft("Monthly sales report",
                null, "SELECT date_trunc('month', created_at), count(*) FROM orders GROUP BY 1", BigDecimal.ONE,
                FrequencyUnit.DAY, null, List.of(s.orders()), List.of())));
        requirements("Management wants daily reporting on sales.");
        data.as(OWNER, () -> suggestions.apply(design, Suggestions.READ_REPLICA));
        ReadReplicas replicas = load().readReplicas();
        assertThat(replicas.replicas()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("analytics");
            assertThat(r.queryPatternIds()).containsExactly(report);
            assertThat(r.maxLagSeconds()).isEqualTo(300);
        });
        assertThat(replicas.guidelines()).contains("write-after-read");
        assertThat(find(Suggestions.READ_REPLICA).status()).isEqualTo(Suggestion.Status.APPLIED);

        data.as(OWNER, () -> undo.undo(design, false));
        assertThat(load().readReplicas().replicas()).isEmpty();
    }

    @Test
    void search_gets_a_mapping_of_the_entity_the_sentence_names_without_secrets() throws Exception {
        requirements("Staff search users by e-mail address.");
        assertThat(find(Suggestions.SEARCH).title()).isEqualTo("Search index mapping for users");
        data.as(OWNER, () -> suggestions.apply(design, Suggestions.SEARCH));
        NoSqlIntegration.CodeBlock block = load().noSql().blocks().get(0);
        assertThat(block.kind()).isEqualTo(NoSqlIntegration.BlockKind.SEARCH_MAPPING);
        assertThat(block.language()).isEqualTo("json");
        assertThat(block.text()).contains("\"email\": { \"type\": \"keyword\" }")
                .contains("\"id\": { \"type\": \"keyword\" }").doesNotContain("password_hash");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(block.text()).at(
                "/mappings/properties/nickname/fields/keyword/type").asText()).isEqualTo("keyword");

        data.as(OWNER, () -> undo.undo(design, false));
        assertThat(load().noSql().blocks()).isEmpty();
    }

    @Test
    void the_named_database_fills_technology_selection_with_the_seven_criteria_as_a_draft() {
        requirements("The platform runs on PostgreSQL 16. Redis caches sessions. Catalogue search uses "
                + "Elasticsearch.");
        assertThat(find(Suggestions.TECHNOLOGY).title()).isEqualTo("Target database: PostgreSQL 16");
        data.as(OWNER, () -> suggestions.apply(design, Suggestions.TECHNOLOGY));
        TechnologySelection t = load().technology();
        assertThat(t.primaryDatabase()).isEqualTo("PostgreSQL 16");
        assertThat(List.of(t.dataModelFit(), t.performance(), t.scalability(), t.consistency(),
                t.operationalComplexity(), t.teamExpertise(), t.ecosystemIntegration())).allSatisfy(
                text -> assertThat(text).isNotBlank());
        assertThat(t.ecosystemIntegration()).contains("Redis").contains("Elasticsearch");

        data.as(OWNER, () -> undo.undo(design, false));
        assertThat(load().technology().primaryDatabase()).isNull();
    }

    @Test
    void a_dismissed_suggestion_stays_dismissed_when_the_notes_change_and_cannot_be_applied() {
        requirements("Every change must be kept in an audit trail.");
        data.as(OWNER, () -> suggestions.dismiss(design, Suggestions.AUDIT_LOG));
        assertThat(find(Suggestions.AUDIT_LOG).status()).isEqualTo(Suggestion.Status.DISMISSED);
        assertThatThrownBy(() -> data.as(OWNER, () -> suggestions.apply(design, Suggestions.AUDIT_LOG)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("dismissed");

        Requirements kept = load().requirements();
        assertThat(kept.dismissed()).containsExactly(Suggestions.AUDIT_LOG);
        data.as(OWNER, () -> specification.save(design, load().version(SpecSection.REQUIREMENTS),
                kept.withText(kept.text() + " Audit lines are kept ten years.", kept.source())));
        assertThat(find(Suggestions.AUDIT_LOG).status()).isEqualTo(Suggestion.Status.DISMISSED);
        assertThat(model().entityNamed("audit_log")).isEmpty();

        data.as(OWNER, () -> suggestions.offerAgain(design, Suggestions.AUDIT_LOG));
        assertThat(find(Suggestions.AUDIT_LOG).status()).isEqualTo(Suggestion.Status.OFFERED);
    }

    @Test
    void nothing_is_applied_without_asking_and_a_refusal_changes_nothing() {
        requirements("Every change must be kept in an audit trail. Tenants never see each other's data.");
        int lines = auditLog.forDesign(design, 1000).size();
        assertThat(data.as(REVIEWER, () -> suggestions.list(design))).extracting(Suggestion::key)
                .containsExactly(Suggestions.AUDIT_LOG, Suggestions.TENANCY);
        assertThat(auditLog.forDesign(design, 1000)).hasSize(lines);
        assertThat(model().entityNamed("audit_log")).isEmpty();

        assertThatThrownBy(() -> data.as(REVIEWER, () -> suggestions.apply(design, Suggestions.AUDIT_LOG)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> data.as(OWNER, () -> suggestions.apply(design, Suggestions.SEARCH)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no longer suggest");
        assertThat(auditLog.forDesign(design, 1000)).hasSize(lines);
    }

    @Test
    void tenancy_in_a_design_without_entities_says_what_to_do_first() {
        UUID empty = data.newDesign();
        data.as(OWNER, () -> specification.save(empty, 0, new Requirements("Each customer is a tenant.", null,
                List.of())));
        Suggestion tenancy = data.as(OWNER, () -> suggestions.list(empty)).get(0);
        assertThat(tenancy.blockedBecause()).startsWith("Add the entities first");
        assertThatThrownBy(() -> data.as(OWNER, () -> suggestions.apply(empty, Suggestions.TENANCY)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Add the entities first");
        assertThat(data.as(OWNER, () -> specification.load(empty)).handoff().securitySpecialist()).isNull();
    }

    private void requirements(String text) {
        data.as(OWNER, () -> specification.save(design, load().version(SpecSection.REQUIREMENTS),
                new Requirements(text, "requirements.md", List.of())));
    }

    private DesignModel model() {
        return data.as(OWNER, () -> models.load(design));
    }

    private Specification load() {
        return data.as(OWNER, () -> specification.load(design));
    }

    private Suggestion find(String key) {
        return data.as(OWNER, () -> suggestions.list(design)).stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow();
    }
}

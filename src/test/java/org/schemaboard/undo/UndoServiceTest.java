package org.schemaboard.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.OWNER;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.MergeConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import org.schemaboard.spec.Monitoring;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationService;
import org.springframework.beans.factory.annotation.Autowired;

/** Undo and redo of a person's own steps, beside other people's edits of the same design. */
@ServiceTest
class UndoServiceTest {

    @Autowired
    TestData fixture;
    @Autowired
    UndoService undo;
    @Autowired
    EntityService entities;
    @Autowired
    RelationshipService relationships;
    @Autowired
    DesignModelService models;
    @Autowired
    SqlImportService imports;
    @Autowired
    SpecificationService specification;
    @Autowired
    DiagramService diagrams;
    @Autowired
    AuditLog auditLog;

    UUID design;
    TestData.Sample s;

    @BeforeEach
    void sampleDesign() {
        design = fixture.newDesign();
        s = fixture.sample(design);
    }

    @Test
    void an_attribute_edit_is_undone_and_redone_as_audited_changes() {
        fixture.as(OWNER, () -> entities.updateAttribute(s.email(), 1, AttributeDraft.of("mail", "TEXT")));

        assertThat(fixture.as(OWNER, () -> undo.undo(design, false))).isEqualTo("changed attribute users.mail");
        Attribute undone = attribute(s.email());
        assertThat(undone.name()).isEqualTo("email");
        assertThat(undone.dataType()).isEqualTo("VARCHAR");
        assertThat(undone.length()).isEqualTo(255);
        assertThat(undone.version()).isEqualTo(3);

        fixture.as(OWNER, () -> undo.redo(design, false));
        assertThat(attribute(s.email()).name()).isEqualTo("mail");
        assertThat(auditLog.forDesign(design, s.email(), OWNER, 10)).extracting(AuditRecord::action)
                .startsWith(ChangeAction.REDO, ChangeAction.UNDO, ChangeAction.UPDATE);
    }

    @Test
    void undoing_a_deleted_entity_brings_back_its_attributes_relationships_index_and_query_pattern_link() {
        DesignModel before = load();
        Entity users = before.entity(s.users()).orElseThrow();
        fixture.as(OWNER, () -> entities.deleteEntity(s.users(), users.version()));
        assertThat(load().relationships()).isEmpty();
        assertThat(load().indexes()).isEmpty();

        fixture.as(OWNER, () -> undo.undo(design, false));
        DesignModel restored = load();
        assertThat(restored.entity(s.users()).orElseThrow().attributes()).extracting(Attribute::name)
                .containsExactly("id", "email", "nickname");
        assertThat(restored.relationships()).extracting(r -> r.id()).containsExactly(s.relationship());
        assertThat(restored.relationships().get(0).columns()).isEqualTo(before.relationships().get(0).columns());
        assertThat(restored.indexes()).extracting(i -> i.id()).containsExactly(s.index());
        assertThat(restored.indexes().get(0).columns()).isEqualTo(before.indexes().get(0).columns());
        assertThat(restored.queryPatterns().get(0).entityIds()).containsExactly(s.users());
        assertThat(restored.queryPatterns().get(0).indexIds()).containsExactly(s.index());

        fixture.as(OWNER, () -> undo.redo(design, false));
        assertThat(load().entity(s.users())).isEmpty();
        assertThat(load().relationships()).isEmpty();
    }

    @Test
    void undoing_a_new_many_to_many_removes_its_junction_entity_and_relationships_in_one_step() {
        int entitiesBefore = load().entities().size();
        fixture.as(OWNER, () -> relationships.create(design, new RelationshipDraft(s.users(), s.orders(),
                Cardinality.MANY_TO_MANY, List.of(), null, null, "shares", false, null, null, null,
                "user_order")));
        assertThat(load().entities()).hasSize(entitiesBefore + 1);
        assertThat(load().relationships()).hasSize(4);

        fixture.as(OWNER, () -> undo.undo(design, false));
        assertThat(load().entities()).hasSize(entitiesBefore);
        assertThat(load().relationships()).extracting(r -> r.id()).containsExactly(s.relationship());
    }

    @Test
    void a_whole_sql_import_is_one_step() {
        String sql = """
                CREATE TABLE product (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);
                CREATE TABLE review (id INT PRIMARY KEY, product_id INT NOT NULL REFERENCES product (id),
                    stars INT);
                CREATE INDEX idx_review_product ON review (product_id);
                """;
        fixture.as(OWNER, () -> imports.importInto(design, imports.preview(sql, ImportDialect.POSTGRESQL)));
        assertThat(load().entities()).hasSize(4);
        assertThat(fixture.as(OWNER, () -> undo.status(design)).nextUndo()).startsWith("imported a PostgreSQL");

        fixture.as(OWNER, () -> undo.undo(design, false));
        assertThat(load().entities()).extracting(Entity::name).containsExactlyInAnyOrder("users", "orders");
        assertThat(load().indexes()).hasSize(1);

        fixture.as(OWNER, () -> undo.redo(design, false));
        assertThat(load().entities()).hasSize(4);
        assertThat(load().indexes()).hasSize(2);
    }

    @Test
    void my_undo_leaves_someone_elses_later_change_alone_even_on_the_same_element() {
        fixture.as(OWNER, () -> entities.updateAttribute(s.email(), 1, AttributeDraft.of("mail", "VARCHAR")
                .withLength(255)));
        fixture.as(EDITOR, () -> entities.updateAttribute(s.nickname(), 1, AttributeDraft.of("handle", "TEXT")));
        Attribute mail = attribute(s.email());
        fixture.as(EDITOR, () -> entities.updateAttribute(s.email(), mail.version(),
                AttributeDraft.of("mail", "VARCHAR").withLength(255).withDescription("Where receipts go")));

        fixture.as(OWNER, () -> undo.undo(design, false));
        assertThat(attribute(s.email()).name()).isEqualTo("email");
        assertThat(attribute(s.email()).description()).isEqualTo("Where receipts go");
        assertThat(attribute(s.nickname()).name()).isEqualTo("handle");
        // the editor's own history is untouched by the owner's undo
        assertThat(fixture.as(EDITOR, () -> undo.status(design)).undoable()).isEqualTo(2);
    }

    @Test
    void the_same_field_changed_since_is_a_conflict_until_the_person_chooses_to_undo_over_it() {
        fixture.as(OWNER, () -> entities.updateAttribute(s.email(), 1, AttributeDraft.of("mail", "TEXT")));
        fixture.as(EDITOR, () -> entities.updateAttribute(s.email(), 2, AttributeDraft.of("e_mail", "TEXT")));

        assertThatThrownBy(() -> fixture.as(OWNER, () -> undo.undo(design, false)))
                .isInstanceOfSatisfying(MergeConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo(TestData.displayName(EDITOR));
                    assertThat(e.fields()).contains("attribute e_mail: name");
                    assertThat(e.theirs().get("attribute e_mail: name")).isEqualTo("e_mail");
                    assertThat(e.mine().get("attribute e_mail: name")).isEqualTo("email");
                });
        assertThat(attribute(s.email()).name()).isEqualTo("e_mail");
        assertThat(fixture.as(OWNER, () -> undo.status(design)).nextUndo()).isEqualTo("changed attribute users.mail");

        fixture.as(OWNER, () -> undo.undo(design, true));
        assertThat(attribute(s.email()).name()).isEqualTo("email");
    }

    @Test
    void an_entity_that_someone_else_built_on_is_not_silently_removed_by_undo() {
        UUID tags = fixture.as(OWNER, () -> entities.createEntity(design, EntityDraft.named("tags", EntityKind.CORE)));
        fixture.as(EDITOR, () -> entities.addAttribute(tags, AttributeDraft.of("label", "TEXT")));

        assertThatThrownBy(() -> fixture.as(OWNER, () -> undo.undo(design, false)))
                .isInstanceOf(NotUndoableException.class)
                .hasMessageContaining("entity tags now has 1 attribute added since");
        assertThat(load().entity(tags)).isPresent();
    }

    @Test
    void a_section_edit_and_a_diagram_move_are_undone() {
        fixture.as(OWNER, () -> specification.save(design, 0, new Monitoring("Query time", null, List.of())));
        fixture.as(OWNER, () -> specification.save(design, 1, new Monitoring("Lock waits", null, List.of())));
        fixture.as(OWNER, () -> diagrams.move(design, design, s.users(), 400, 300));

        fixture.as(OWNER, () -> undo.undo(design, false));
        assertThat(fixture.as(OWNER, () -> diagrams.view(load(), design)).layout().boxes().get(s.users()).x()).isNotEqualTo(400);
        fixture.as(OWNER, () -> undo.undo(design, false));
        assertThat(fixture.as(OWNER, () -> specification.load(design)).content(SpecSection.MONITORING,
                Monitoring.class).performanceMetrics()).isEqualTo("Query time");
        fixture.as(OWNER, () -> undo.undo(design, false));
        assertThat(fixture.as(OWNER, () -> specification.load(design)).version(SpecSection.MONITORING)).isZero();
    }

    @Test
    void only_owners_and_editors_undo_and_only_their_own_steps() {
        fixture.as(OWNER, () -> entities.updateAttribute(s.email(), 1, AttributeDraft.of("mail", "TEXT")));
        assertThatThrownBy(() -> fixture.as(TestData.VIEWER, () -> undo.undo(design, false)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> undo.undo(design, false)))
                .isInstanceOf(NotUndoableException.class).hasMessageContaining("nothing of yours to undo");
        assertThat(attribute(s.email()).name()).isEqualTo("mail");
    }

    @Test
    void the_history_keeps_the_newest_hundred_steps_per_person() {
        for (int i = 1; i <= 105; i++) {
            int version = i;
            fixture.as(OWNER, () -> entities.updateEntity(s.orders(), version,
                    new EntityDraft("orders", EntityKind.CORE, "purpose " + version, null, null, null)));
        }
        assertThat(fixture.as(OWNER, () -> undo.status(design)).undoable()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            fixture.as(OWNER, () -> undo.undo(design, false));
        }
        assertThat(load().entity(s.orders()).orElseThrow().purpose()).isEqualTo("purpose 5");
        assertThatThrownBy(() -> fixture.as(OWNER, () -> undo.undo(design, false)))
                .isInstanceOf(NotUndoableException.class).hasMessageContaining("nothing of yours to undo");
        assertThat(fixture.as(OWNER, () -> undo.status(design)).redoable()).isEqualTo(100);
    }

    private Attribute attribute(UUID id) {
        return load().entities().stream().flatMap(e -> e.attributes().stream()).filter(a -> a.id().equals(id))
                .findFirst().orElseThrow();
    }

    private DesignModel load() {
        return fixture.as(OWNER, () -> models.load(design));
    }
}

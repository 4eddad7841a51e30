package org.schemaboard.model;

import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.index.IndexService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;

@ServiceTest
class IndexServiceTest {

    @Autowired
    TestData fixture;
    @Autowired
    EntityService entities;
    @Autowired
    IndexService indexes;
    @Autowired
    DesignModelService models;

    UUID design;
    UUID users;
    UUID tenant;
    UUID email;
    UUID deletedAt;

    @BeforeEach
    void usersWithColumns() {
        design = fixture.newDesign();
        usersIn(design);
    }

    @Test
    void a_partial_unique_index_keeps_its_columns_in_order_with_direction_and_its_predicate() {
        UUID id = create(new IndexDraft(users, "uq_users_tenant_email", List.of(new Index.IndexColumn(tenant, false),
                new Index.IndexColumn(email, true)), true, true, "  deleted_at IS NULL ", IndexMethod.BTREE,
                "One live account per email and tenant", "Deleted accounts may reuse the address.", null));

        Index index = load().index(id).orElseThrow();
        assertThat(index.entityId()).isEqualTo(users);
        assertThat(index.columns()).containsExactly(new Index.IndexColumn(tenant, false),
                new Index.IndexColumn(email, true));
        assertThat(index.unique()).isTrue();
        assertThat(index.partial()).isTrue();
        assertThat(index.predicate()).isEqualTo("deleted_at IS NULL");
        assertThat(index.method()).isEqualTo(IndexMethod.BTREE);
        assertThat(index.purpose()).isEqualTo("One live account per email and tenant");
        assertThat(index.rationale()).isEqualTo("Deleted accounts may reuse the address.");
    }

    @Test
    void a_partial_index_without_a_predicate_is_refused() {
        assertRefused(new IndexDraft(users, "idx_users_live", List.of(new Index.IndexColumn(email, false)), false,
                true, "   ", null, null, null, null), "predicate");
    }

    @Test
    void an_index_on_a_column_of_another_entity_is_refused() {
        UUID orders = fixture.as(EDITOR, () -> entities.createEntity(design, EntityDraft.named("orders",
                EntityKind.CORE)));
        UUID total = fixture.as(EDITOR, () -> entities.addAttribute(orders, AttributeDraft.of("total", "DECIMAL")));

        assertRefused(new IndexDraft(users, "idx_users_total", List.of(new Index.IndexColumn(email, false),
                new Index.IndexColumn(total, false)), false, false, null, null, null, null, null), "columns");
    }

    @Test
    void a_column_listed_twice_is_refused() {
        assertRefused(new IndexDraft(users, "idx_users_email", List.of(new Index.IndexColumn(email, false),
                new Index.IndexColumn(email, true)), false, false, null, null, null, null, null), "columns");
    }

    @Test
    void a_gin_index_is_refused_on_a_mysql_design_and_accepted_on_postgresql() {
        UUID mysql = fixture.newDesign(TargetDatabase.MYSQL);
        usersIn(mysql);

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> indexes.create(mysql, new IndexDraft(users,
                "idx_users_email_gin", List.of(new Index.IndexColumn(email, false)), false, false, null,
                IndexMethod.GIN, null, null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("method").containsEntry("method", "MySQL has no gin indexes"));
        assertThat(fixture.as(EDITOR, () -> models.load(mysql)).indexes()).isEmpty();

        design = fixture.newDesign(TargetDatabase.POSTGRESQL);
        usersIn(design);
        UUID id = create(new IndexDraft(users, "idx_users_email_gin", List.of(new Index.IndexColumn(email, false)),
                false, false, null, IndexMethod.GIN, null, null, null));
        assertThat(load().index(id).orElseThrow().method()).isEqualTo(IndexMethod.GIN);
    }

    @Test
    void an_index_name_is_unique_within_the_design_across_entities() {
        create(new IndexDraft(users, "idx_email", List.of(new Index.IndexColumn(email, false)), false, false, null,
                null, null, null, null));
        UUID orders = fixture.as(EDITOR, () -> entities.createEntity(design, EntityDraft.named("orders",
                EntityKind.CORE)));
        UUID orderEmail = fixture.as(EDITOR, () -> entities.addAttribute(orders, AttributeDraft.of("email", "TEXT")));

        assertThatThrownBy(() -> create(new IndexDraft(orders, "IDX_EMAIL", List.of(new Index.IndexColumn(orderEmail,
                false)), false, false, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name"));
    }

    @Test
    void updating_an_index_replaces_its_columns_and_drops_the_predicate_when_no_longer_partial() {
        UUID id = create(new IndexDraft(users, "idx_users_email", List.of(new Index.IndexColumn(email, false)),
                false, true, "deleted_at IS NULL", null, null, null, null));

        fixture.as(EDITOR, () -> indexes.update(id, 1, new IndexDraft(users, "idx_users_email_deleted",
                List.of(new Index.IndexColumn(deletedAt, true), new Index.IndexColumn(email, false)), false, false,
                "deleted_at IS NULL", null, "Purge job", "Finds the oldest deleted accounts first.", null)));

        Index index = load().index(id).orElseThrow();
        assertThat(index.name()).isEqualTo("idx_users_email_deleted");
        assertThat(index.columns()).containsExactly(new Index.IndexColumn(deletedAt, true),
                new Index.IndexColumn(email, false));
        assertThat(index.partial()).isFalse();
        assertThat(index.predicate()).isNull();
        assertThat(index.version()).isEqualTo(2);
    }

    @Test
    void deleting_an_index_keeps_its_columns() {
        UUID id = create(new IndexDraft(users, "idx_users_email", List.of(new Index.IndexColumn(email, false)),
                false, false, null, null, null, null, null));

        fixture.as(EDITOR, () -> indexes.delete(id, 1));

        DesignModel model = load();
        assertThat(model.indexes()).isEmpty();
        assertThat(model.entity(users).orElseThrow().attributes()).hasSize(3);
    }

    private void usersIn(UUID designId) {
        users = fixture.as(EDITOR, () -> entities.createEntity(designId, EntityDraft.named("users",
                EntityKind.CORE)));
        tenant = fixture.as(EDITOR, () -> entities.addAttribute(users, AttributeDraft.of("tenant_id", "BIGINT")));
        email = fixture.as(EDITOR, () -> entities.addAttribute(users, AttributeDraft.of("email", "VARCHAR")
                .withLength(255)));
        deletedAt = fixture.as(EDITOR, () -> entities.addAttribute(users, AttributeDraft.of("deleted_at",
                "TIMESTAMP")));
    }

    private UUID create(IndexDraft draft) {
        return fixture.as(EDITOR, () -> indexes.create(design, draft));
    }

    private void assertRefused(IndexDraft draft, String field) {
        assertThatThrownBy(() -> create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(field));
        assertThat(load().indexes()).as("nothing saved").isEmpty();
    }

    private DesignModel load() {
        return fixture.as(EDITOR, () -> models.load(design));
    }
}

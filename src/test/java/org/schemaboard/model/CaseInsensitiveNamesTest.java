package org.schemaboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.db.Tables.ENTITY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.Race;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ValidationException;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Names that differ only in case cannot both be stored, even when two people save them at the same moment: both pass
 * the service's check, the database refuses the second, and the person is told as the check would have told them.
 */
@ServiceTest
class CaseInsensitiveNamesTest {

    @Autowired TestData data;
    @Autowired EntityService entities;
    @Autowired QueryPatternService patterns;
    @Autowired DesignModelService models;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DSLContext db;
    @Autowired CurrentUser currentUser;

    UUID design;

    @BeforeEach
    void design() {
        design = data.newDesign();
    }

    @Test
    void two_entities_named_users_and_USERS_created_at_once_make_one_entity_and_a_clear_error() throws Exception {
        Race.Outcomes outcomes = Race.run(transactions,
                () -> data.as(TestData.OWNER, () -> entities.createEntity(design,
                        EntityDraft.named("users", EntityKind.CORE))),
                () -> data.as(TestData.EDITOR, () -> entities.createEntity(design,
                        EntityDraft.named("USERS", EntityKind.CORE))));

        assertThat(outcomes.first().succeeded()).isTrue();
        assertThat(outcomes.second().error()).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors().get("name")).isEqualTo("This design already has an entity named USERS"));
        assertThat(data.as(TestData.OWNER, () -> models.load(design)).entities()).extracting(e -> e.name())
                .containsExactly("users");
    }

    /** What the database says when a write gets past the services' check: the same kind of error, not a crash. */
    @Test
    void the_databases_refusal_of_a_name_differing_only_in_case_is_the_same_kind_of_error() {
        UUID owner = data.as(TestData.OWNER, () -> currentUser.require().id());
        UUID first = UUID.randomUUID();
        db.insertInto(ENTITY).set(ENTITY.ID, first).set(ENTITY.DESIGN_ID, design).set(ENTITY.NAME, "Orders")
                .set(ENTITY.KIND, "CORE").set(ENTITY.CREATED_AT, OffsetDateTime.now()).set(ENTITY.UPDATED_BY, owner)
                .set(ENTITY.UPDATED_AT, OffsetDateTime.now()).execute();

        assertThatThrownBy(() -> db.insertInto(ENTITY).set(ENTITY.ID, UUID.randomUUID()).set(ENTITY.DESIGN_ID, design)
                .set(ENTITY.NAME, "ORDERS").set(ENTITY.KIND, "CORE").set(ENTITY.CREATED_AT, OffsetDateTime.now())
                .set(ENTITY.UPDATED_BY, owner).set(ENTITY.UPDATED_AT, OffsetDateTime.now()).execute())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("name"))
                        .startsWith("This design already has an entity of that name"));
        UUID items = data.as(TestData.OWNER, () -> entities.createEntity(design,
                EntityDraft.named("items", EntityKind.CORE)));
        assertThatThrownBy(() -> db.update(ENTITY).set(ENTITY.NAME, "orders").where(ENTITY.ID.eq(items)).execute())
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void two_attributes_differing_in_case_added_at_once_make_one_attribute() throws Exception {
        UUID users = data.as(TestData.OWNER, () -> entities.createEntity(design,
                EntityDraft.named("users", EntityKind.CORE)));

        Race.Outcomes outcomes = Race.run(transactions,
                () -> data.as(TestData.OWNER, () -> entities.addAttribute(users, AttributeDraft.of("Email", "TEXT"))),
                () -> data.as(TestData.EDITOR, () -> entities.addAttribute(users, AttributeDraft.of("email", "TEXT"))));

        assertThat(outcomes.successes()).isEqualTo(1);
        assertThat(outcomes.second().error()).isInstanceOf(ValidationException.class)
                .hasMessage("This entity already has an attribute named email");
        assertThat(data.as(TestData.OWNER, () -> models.load(design)).entities().get(0).attributes())
                .extracting(a -> a.name()).containsExactly("Email");
    }

    @Test
    void two_query_patterns_differing_in_case_created_at_once_make_one() throws Exception {
        Race.Outcomes outcomes = Race.run(transactions,
                () -> data.as(TestData.OWNER, () -> patterns.create(design,
                        new QueryPatternDraft("Checkout", null, null, null, null, null, List.of(), List.of()))),
                () -> data.as(TestData.EDITOR, () -> patterns.create(design,
                        new QueryPatternDraft("checkout", null, null, null, null, null, List.of(), List.of()))));

        assertThat(outcomes.successes()).isEqualTo(1);
        assertThat(outcomes.second().error()).isInstanceOf(ValidationException.class)
                .hasMessage("Another query pattern is named checkout");
    }
}

package org.schemaboard.model;

import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.DeletionImpact;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;

@ServiceTest
class EntityServiceTest {

    @Autowired
    TestData fixture;
    @Autowired
    EntityService entities;
    @Autowired
    RelationshipService relationships;
    @Autowired
    IndexService indexes;
    @Autowired
    QueryPatternService patterns;
    @Autowired
    DesignModelService models;
    @Autowired
    AuditLog auditLog;

    UUID design;

    @BeforeEach
    void newDesign() {
        design = fixture.newDesign();
    }

    @Test
    void an_editor_creates_an_entity_that_the_design_model_then_shows() {
        UUID id = fixture.as(EDITOR, () -> entities.createEntity(design, new EntityDraft("  customers ",
                EntityKind.CORE, "People who buy.", "Email is unique.", "Created at sign-up.", null)));

        Entity customers = entity(id);
        assertThat(customers.name()).isEqualTo("customers");
        assertThat(customers.kind()).isEqualTo(EntityKind.CORE);
        assertThat(customers.purpose()).isEqualTo("People who buy.");
        assertThat(customers.businessRules()).isEqualTo("Email is unique.");
        assertThat(customers.lifecycle()).isEqualTo("Created at sign-up.");
        assertThat(customers.attributes()).isEmpty();
        assertThat(customers.version()).isEqualTo(1);
    }

    @Test
    void updating_an_entity_changes_its_name_kind_and_texts_and_moves_its_version_on() {
        UUID id = fixture.as(EDITOR, () -> entities.createEntity(design, EntityDraft.named("customer",
                EntityKind.CORE)));

        fixture.as(EDITOR, () -> entities.updateEntity(id, 1, new EntityDraft("customers", EntityKind.LOOKUP,
                "Reference list.", null, null, "Renamed to plural.")));

        Entity customers = entity(id);
        assertThat(customers.name()).isEqualTo("customers");
        assertThat(customers.kind()).isEqualTo(EntityKind.LOOKUP);
        assertThat(customers.purpose()).isEqualTo("Reference list.");
        assertThat(customers.notes()).isEqualTo("Renamed to plural.");
        assertThat(customers.version()).isEqualTo(2);
    }

    @Test
    void an_entity_name_taken_in_the_design_is_refused_whatever_its_case() {
        fixture.as(EDITOR, () -> entities.createEntity(design, EntityDraft.named("orders", EntityKind.CORE)));

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.createEntity(design,
                EntityDraft.named("Orders", EntityKind.CORE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "This design already has an entity named Orders"));
    }

    @Test
    void attributes_keep_their_type_length_precision_default_check_and_key_flags() {
        UUID orders = newEntity("orders");

        fixture.as(EDITOR, () -> {
            entities.addAttribute(orders, AttributeDraft.of("id", "UUID").asPrimaryKey()
                    .withDefault("gen_random_uuid()"));
            entities.addAttribute(orders, AttributeDraft.of("order_number", "VARCHAR").withLength(20).notNull()
                    .asUnique());
            entities.addAttribute(orders, AttributeDraft.of("total", "DECIMAL").withPrecision(12, 2).notNull()
                    .withCheck("total >= 0").withDescription("Including tax."));
        });

        Entity entity = entity(orders);
        assertThat(entity.attributes()).extracting(Attribute::name, Attribute::position)
                .containsExactly(tuple("id", 0), tuple("order_number", 1), tuple("total", 2));
        Attribute id = entity.attributeNamed("id").orElseThrow();
        assertThat(id.primaryKey()).isTrue();
        assertThat(id.nullable()).as("a primary key column is stored NOT NULL").isFalse();
        assertThat(id.defaultValue()).isEqualTo("gen_random_uuid()");
        Attribute number = entity.attributeNamed("order_number").orElseThrow();
        assertThat(number.typeDisplay()).isEqualTo("VARCHAR(20)");
        assertThat(number.unique()).isTrue();
        assertThat(number.nullable()).isFalse();
        Attribute total = entity.attributeNamed("total").orElseThrow();
        assertThat(total.typeDisplay()).isEqualTo("DECIMAL(12,2)");
        assertThat(total.checkExpression()).isEqualTo("total >= 0");
        assertThat(total.description()).isEqualTo("Including tax.");
    }

    @Test
    void updating_an_attribute_changes_it_in_place_and_moves_its_version_on() {
        UUID users = newEntity("users");
        UUID email = fixture.as(EDITOR, () -> entities.addAttribute(users,
                AttributeDraft.of("mail", "VARCHAR").withLength(100)));

        fixture.as(EDITOR, () -> entities.updateAttribute(email, 1,
                AttributeDraft.of("email", "VARCHAR").withLength(255).notNull().asUnique()));

        Attribute updated = entity(users).attribute(email).orElseThrow();
        assertThat(updated.name()).isEqualTo("email");
        assertThat(updated.typeDisplay()).isEqualTo("VARCHAR(255)");
        assertThat(updated.nullable()).isFalse();
        assertThat(updated.unique()).isTrue();
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void moving_an_attribute_shifts_the_others_and_keeps_positions_without_gaps() {
        UUID users = newEntity("users");
        List<UUID> ids = fixture.as(EDITOR, () -> List.of(
                entities.addAttribute(users, AttributeDraft.of("id", "UUID")),
                entities.addAttribute(users, AttributeDraft.of("email", "TEXT")),
                entities.addAttribute(users, AttributeDraft.of("name", "TEXT")),
                entities.addAttribute(users, AttributeDraft.of("created_at", "TIMESTAMP"))));

        fixture.as(EDITOR, () -> entities.moveAttribute(ids.get(3), 1));
        assertThat(attributeNames(users)).containsExactly("id", "created_at", "email", "name");

        fixture.as(EDITOR, () -> entities.moveAttribute(ids.get(0), 99));
        assertThat(attributeNames(users)).containsExactly("created_at", "email", "name", "id");
        assertThat(entity(users).attributes()).extracting(Attribute::position).containsExactly(0, 1, 2, 3);
    }

    @Test
    void deleting_an_attribute_closes_the_gap_in_positions() {
        UUID users = newEntity("users");
        UUID email = fixture.as(EDITOR, () -> {
            entities.addAttribute(users, AttributeDraft.of("id", "UUID"));
            UUID added = entities.addAttribute(users, AttributeDraft.of("email", "TEXT"));
            entities.addAttribute(users, AttributeDraft.of("name", "TEXT"));
            return added;
        });

        fixture.as(EDITOR, () -> entities.deleteAttribute(email, 1));

        assertThat(entity(users).attributes()).extracting(Attribute::name, Attribute::position)
                .containsExactly(tuple("id", 0), tuple("name", 1));
    }

    @Test
    void deleting_an_entity_takes_its_attributes_relationships_and_indexes_which_deletion_impact_lists_first() {
        UUID users = newEntity("users");
        UUID orders = newEntity("orders");
        UUID userId = fixture.as(EDITOR, () -> entities.addAttribute(users, AttributeDraft.of("id", "UUID")
                .asPrimaryKey()));
        UUID email = fixture.as(EDITOR, () -> entities.addAttribute(users, AttributeDraft.of("email", "TEXT")));
        UUID orderUser = fixture.as(EDITOR, () -> entities.addAttribute(orders, AttributeDraft.of("user_id", "UUID")
                .notNull()));
        fixture.as(EDITOR, () -> {
            relationships.create(design, new RelationshipDraft(users, orders, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(userId, orderUser)), ReferentialAction.RESTRICT, null,
                    "places", false, null, null, null, null));
            indexes.create(design, new IndexDraft(users, "idx_users_email", List.of(new Index.IndexColumn(email,
                    false)), true, false, null, null, "Sign-in", null, null));
            UUID byEmail = indexes.create(design, new IndexDraft(users, "idx_users_email_lookup",
                    List.of(new Index.IndexColumn(email, false)), false, false, null, null, null, null, null));
            indexes.create(design, new IndexDraft(orders, "idx_orders_user", List.of(new Index.IndexColumn(orderUser,
                    false)), false, false, null, null, "Foreign key", null, null));
            patterns.create(design, new QueryPatternDraft("Orders by email", null, null, null, null, null,
                    List.of(users, orders), List.of(byEmail)));
        });

        DeletionImpact impact = fixture.as(EDITOR, () -> entities.deletionImpact(users));
        assertThat(impact.entityName()).isEqualTo("users");
        assertThat(impact.attributes()).containsExactly("id", "email");
        assertThat(impact.relationships()).containsExactly("users 1:N orders (places)");
        assertThat(impact.indexes()).containsExactly("idx_users_email", "idx_users_email_lookup");

        fixture.as(EDITOR, () -> entities.deleteEntity(users, 1));

        DesignModel model = load();
        assertThat(model.entities()).extracting(Entity::name).containsExactly("orders");
        assertThat(model.attributesById()).doesNotContainKeys(userId, email);
        assertThat(model.relationships()).isEmpty();
        assertThat(model.indexes()).extracting(Index::name).containsExactly("idx_orders_user");
        QueryPattern byEmail = model.queryPatterns().get(0);
        assertThat(byEmail.entityIds()).as("the query pattern stays, without its links to what went")
                .containsExactly(orders);
        assertThat(byEmail.indexIds()).isEmpty();
    }

    @Test
    void deleting_an_attribute_an_index_uses_is_refused_with_a_message_that_says_what_to_do() {
        UUID users = newEntity("users");
        UUID email = fixture.as(EDITOR, () -> entities.addAttribute(users, AttributeDraft.of("email", "TEXT")));
        fixture.as(EDITOR, () -> indexes.create(design, new IndexDraft(users, "idx_users_email",
                List.of(new Index.IndexColumn(email, false)), true, false, null, null, null, null, null)));

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.deleteAttribute(email, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("attribute", "users.email is used by a relationship or an index; "
                                + "change or delete those first"));
        assertThat(attributeNames(users)).containsExactly("email");
    }

    @Test
    void a_name_with_spaces_gives_a_field_error_and_saves_nothing() {
        UUID users = newEntity("users");
        int auditLines = auditLines();

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.createEntity(design,
                EntityDraft.named("order items", EntityKind.CORE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name")
                        .containsEntry("name", "Start with a letter or '_' and use only letters, digits and '_'"));
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.addAttribute(users,
                AttributeDraft.of("first name", "TEXT"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name"));

        assertThat(load().entities()).extracting(Entity::name).containsExactly("users");
        assertThat(entity(users).attributes()).isEmpty();
        assertThat(auditLines()).isEqualTo(auditLines);
    }

    @Test
    void a_name_longer_than_postgresql_allows_gives_a_field_error_and_saves_nothing() {
        UUID users = newEntity("users");
        String sixtyFour = "a".repeat(64);

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.createEntity(design,
                EntityDraft.named(sixtyFour, EntityKind.CORE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "PostgreSQL names are at most 63 characters (this one has 64)"));
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.addAttribute(users,
                AttributeDraft.of(sixtyFour, "TEXT"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "PostgreSQL names are at most 63 characters (this one has 64)"));

        assertThat(load().entities()).extracting(Entity::name).containsExactly("users");
        assertThat(entity(users).attributes()).isEmpty();
    }

    @Test
    void a_name_of_exactly_63_characters_is_accepted_on_postgresql() {
        String sixtyThree = "a".repeat(63);

        UUID id = fixture.as(EDITOR, () -> entities.createEntity(design, EntityDraft.named(sixtyThree,
                EntityKind.CORE)));

        assertThat(entity(id).name()).hasSize(63);
    }

    @Test
    void several_invalid_attribute_fields_are_reported_together() {
        UUID orders = newEntity("orders");

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.addAttribute(orders,
                new AttributeDraft("1total", " ", null, 5, 7, true, null, false, false, false, null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "dataType", "scale"));
    }

    private UUID newEntity(String name) {
        return fixture.as(EDITOR, () -> entities.createEntity(design, EntityDraft.named(name, EntityKind.CORE)));
    }

    private DesignModel load() {
        return fixture.as(EDITOR, () -> models.load(design));
    }

    private Entity entity(UUID id) {
        return load().entity(id).orElseThrow();
    }

    private List<String> attributeNames(UUID entityId) {
        return entity(entityId).attributes().stream().map(Attribute::name).toList();
    }

    private int auditLines() {
        return auditLog.forDesign(design, 10_000).size();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}

package org.schemaboard.model;

import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;

@ServiceTest
class RelationshipServiceTest {

    @Autowired
    TestData fixture;
    @Autowired
    EntityService entities;
    @Autowired
    RelationshipService relationships;
    @Autowired
    IndexService indexes;
    @Autowired
    DesignModelService models;

    UUID design;

    @BeforeEach
    void newDesign() {
        design = fixture.newDesign();
    }

    @Test
    void one_to_many_on_a_composite_key_keeps_both_column_pairs_in_order_and_its_cascade() {
        UUID warehouses = entity("warehouses");
        UUID region = attribute(warehouses, AttributeDraft.of("region_code", "CHAR").withLength(2).asPrimaryKey());
        UUID number = attribute(warehouses, AttributeDraft.of("warehouse_no", "INTEGER").asPrimaryKey());
        UUID stock = entity("stock_items");
        UUID stockRegion = attribute(stock, AttributeDraft.of("region_code", "VARCHAR").withLength(2).notNull());
        // BIGINT refers to INTEGER: the same family of types, so the pair is accepted
        UUID stockNumber = attribute(stock, AttributeDraft.of("warehouse_no", "BIGINT").notNull());

        UUID id = fixture.as(EDITOR, () -> relationships.create(design, new RelationshipDraft(warehouses, stock,
                Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(region, stockRegion),
                        new Relationship.ColumnPair(number, stockNumber)),
                ReferentialAction.CASCADE, null, " holds ", false, "Stock goes with its warehouse.",
                "fk_stock_items_warehouse", null, null)));

        Relationship holds = load().relationship(id).orElseThrow();
        assertThat(holds.fromEntityId()).isEqualTo(warehouses);
        assertThat(holds.toEntityId()).isEqualTo(stock);
        assertThat(holds.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
        assertThat(holds.columns()).containsExactly(new Relationship.ColumnPair(region, stockRegion),
                new Relationship.ColumnPair(number, stockNumber));
        assertThat(holds.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(holds.onUpdate()).as("unset means NO ACTION").isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(holds.label()).isEqualTo("holds");
        assertThat(holds.name()).isEqualTo("fk_stock_items_warehouse");
        assertThat(holds.rationale()).isEqualTo("Stock goes with its warehouse.");
        assertThat(holds.junctionEntityId()).isNull();
    }

    @Test
    void updating_a_relationship_changes_its_actions_and_texts_and_deleting_it_removes_it() {
        Keys keys = usersAndOrders();
        UUID id = fixture.as(EDITOR, () -> relationships.create(design, keys.draft(ReferentialAction.CASCADE)));

        fixture.as(EDITOR, () -> relationships.update(id, 1, new RelationshipDraft(keys.users(), keys.orders(),
                Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(keys.userId(), keys.orderUserId())),
                ReferentialAction.RESTRICT, ReferentialAction.CASCADE, "places", false,
                "Order history must outlive the customer.", null, null, null)));

        Relationship updated = load().relationship(id).orElseThrow();
        assertThat(updated.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(updated.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(updated.rationale()).isEqualTo("Order history must outlive the customer.");
        assertThat(updated.version()).isEqualTo(2);

        fixture.as(EDITOR, () -> relationships.delete(id, 2));

        assertThat(load().relationships()).isEmpty();
        assertThat(load().entities()).as("the entities stay").hasSize(2);
    }

    @Test
    void a_foreign_key_column_of_an_incompatible_type_is_refused() {
        UUID users = entity("users");
        UUID userId = attribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
        UUID orders = entity("orders");
        UUID orderUser = attribute(orders, AttributeDraft.of("user_id", "INTEGER").notNull());

        assertRefused(new RelationshipDraft(users, orders, Cardinality.ONE_TO_MANY,
                        List.of(new Relationship.ColumnPair(userId, orderUser)), ReferentialAction.RESTRICT, null,
                        null, false, null, null, null, null),
                "user_id (INTEGER) cannot refer to users.id (UUID): the types differ");
    }

    @Test
    void referenced_columns_that_are_neither_primary_key_nor_unique_are_refused() {
        UUID users = entity("users");
        attribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
        UUID email = attribute(users, AttributeDraft.of("email", "VARCHAR").withLength(255).notNull());
        UUID orders = entity("orders");
        UUID orderEmail = attribute(orders, AttributeDraft.of("user_email", "VARCHAR").withLength(255));

        assertRefused(new RelationshipDraft(users, orders, Cardinality.ONE_TO_MANY,
                        List.of(new Relationship.ColumnPair(email, orderEmail)), null, null, null, false, null, null,
                        null, null),
                "The referenced columns of users must be its primary key or unique");
    }

    @Test
    void a_column_covered_by_a_full_unique_index_can_be_referenced() {
        UUID users = entity("users");
        UUID email = attribute(users, AttributeDraft.of("email", "VARCHAR").withLength(255).notNull());
        UUID orders = entity("orders");
        UUID orderEmail = attribute(orders, AttributeDraft.of("user_email", "VARCHAR").withLength(255));
        fixture.as(EDITOR, () -> indexes.create(design, new IndexDraft(users, "uq_users_email",
                List.of(new Index.IndexColumn(email, false)), true, false, null, null, null, null, null)));

        UUID id = fixture.as(EDITOR, () -> relationships.create(design, new RelationshipDraft(users, orders,
                Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(email, orderEmail)), null, null, null,
                false, null, null, null, null)));

        assertThat(load().relationship(id)).isPresent();
    }

    @Test
    void set_null_on_a_not_null_foreign_key_column_is_refused() {
        Keys keys = usersAndOrders();

        assertRefused(keys.draft(ReferentialAction.SET_NULL), "SET NULL needs orders.user_id to be nullable");
    }

    @Test
    void many_to_many_creates_a_junction_with_the_keys_of_both_sides_and_two_one_to_many_relationships() {
        UUID students = entity("students");
        UUID studentId = attribute(students, AttributeDraft.of("id", "UUID").asPrimaryKey());
        UUID courses = entity("courses");
        UUID courseId = attribute(courses, AttributeDraft.of("id", "BIGINT").asPrimaryKey());

        UUID id = fixture.as(EDITOR, () -> relationships.create(design, new RelationshipDraft(students, courses,
                Cardinality.MANY_TO_MANY, null, null, null, "enrol in", false, null, null, null, "enrolments")));

        DesignModel model = load();
        Relationship manyToMany = model.relationship(id).orElseThrow();
        Entity junction = model.entityNamed("enrolments").orElseThrow();
        assertThat(manyToMany.junctionEntityId()).isEqualTo(junction.id());
        assertThat(manyToMany.columns()).isEmpty();
        assertThat(junction.kind()).isEqualTo(EntityKind.JUNCTION);
        assertThat(junction.attributes()).extracting(Attribute::name, Attribute::dataType, Attribute::primaryKey,
                        Attribute::nullable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("student_id", "UUID", true, false),
                        org.assertj.core.groups.Tuple.tuple("course_id", "BIGINT", true, false));

        List<Relationship> links = model.relationships().stream().filter(r -> !r.id().equals(id)).toList();
        assertThat(links).hasSize(2).allSatisfy(link -> {
            assertThat(link.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
            assertThat(link.toEntityId()).isEqualTo(junction.id());
            assertThat(link.onDelete()).isEqualTo(ReferentialAction.CASCADE);
            assertThat(link.identifying()).isTrue();
        });
        assertThat(links).extracting(Relationship::fromEntityId).containsExactlyInAnyOrder(students, courses);
        assertThat(links).flatExtracting(Relationship::columns).containsExactlyInAnyOrder(
                new Relationship.ColumnPair(studentId, junction.attributeNamed("student_id").orElseThrow().id()),
                new Relationship.ColumnPair(courseId, junction.attributeNamed("course_id").orElseThrow().id()));
    }

    @Test
    void many_to_many_between_entities_without_primary_keys_is_refused_and_creates_no_junction() {
        UUID students = entity("students");
        UUID courses = entity("courses");

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> relationships.create(design, new RelationshipDraft(
                students, courses, Cardinality.MANY_TO_MANY, null, null, null, null, false, null, null, null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("fromEntity", "toEntity"));
        assertThat(load().entities()).extracting(Entity::name).containsExactly("courses", "students");
    }

    /** users(id) and orders(user_id NOT NULL): the usual foreign key. */
    private record Keys(UUID users, UUID userId, UUID orders, UUID orderUserId) {

        RelationshipDraft draft(ReferentialAction onDelete) {
            return new RelationshipDraft(users, orders, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(userId, orderUserId)), onDelete, null, "places", false, null,
                    null, null, null);
        }
    }

    private Keys usersAndOrders() {
        UUID users = entity("users");
        UUID userId = attribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
        UUID orders = entity("orders");
        UUID orderUser = attribute(orders, AttributeDraft.of("user_id", "UUID").notNull());
        return new Keys(users, userId, orders, orderUser);
    }

    private void assertRefused(RelationshipDraft draft, String columnsError) {
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> relationships.create(design, draft)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("columns")
                        .hasEntrySatisfying("columns", message -> assertThat(message).endsWith(columnsError)));
        assertThat(load().relationships()).as("nothing saved").isEmpty();
    }

    private UUID entity(String name) {
        return fixture.as(EDITOR, () -> entities.createEntity(design, EntityDraft.named(name, EntityKind.CORE)));
    }

    private UUID attribute(UUID entityId, AttributeDraft draft) {
        return fixture.as(EDITOR, () -> entities.addAttribute(entityId, draft));
    }

    private DesignModel load() {
        return fixture.as(EDITOR, () -> models.load(design));
    }
}

package org.schemaboard.model;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.VIEWER;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.RecordedDesignEvents;

/**
 * The bulk write path of imports: the same rules as the element services, checked in memory; one audit line and one
 * announced change for the whole batch; nothing written when any element is refused.
 */
@ServiceTest
class ModelBatchServiceTest {

    @Autowired
    TestData fixture;
    @Autowired
    ModelBatchService batches;
    @Autowired
    DesignModelService models;
    @Autowired
    RecordedDesignEvents events;

    UUID design;

    @BeforeEach
    void newDesign() {
        design = fixture.newDesign();
    }

    /** customers(id, email) 1:1 accounts(id, customer_id unique via index), orders(customer_id, number) composite. */
    private ModelBatch shop() {
        ModelBatch batch = new ModelBatch();
        UUID customers = batch.entity(EntityDraft.named("customers", EntityKind.CORE), "table customers");
        UUID customerId = batch.attribute(customers, AttributeDraft.of("id", "BIGINT").asPrimaryKey(), "customers.id");
        UUID email = batch.attribute(customers, AttributeDraft.of("email", "VARCHAR").withLength(200), "customers.email");
        UUID orders = batch.entity(EntityDraft.named("orders", EntityKind.CORE), "table orders");
        UUID orderCustomer = batch.attribute(orders, AttributeDraft.of("customer_id", "BIGINT").asPrimaryKey(),
                "orders.customer_id");
        UUID number = batch.attribute(orders, AttributeDraft.of("number", "INTEGER").asPrimaryKey(), "orders.number");
        UUID lines = batch.entity(EntityDraft.named("order_lines", EntityKind.CORE), "table order_lines");
        UUID lineCustomer = batch.attribute(lines, AttributeDraft.of("customer_id", "BIGINT").notNull(), "l.c");
        UUID lineNumber = batch.attribute(lines, AttributeDraft.of("order_number", "INTEGER").notNull(), "l.n");
        batch.index(new IndexDraft(customers, "uq_customers_email", List.of(new Index.IndexColumn(email, false)),
                true, false, null, IndexMethod.BTREE, null, null, null), "index uq_customers_email");
        batch.index(new IndexDraft(orders, "idx_orders_number", List.of(new Index.IndexColumn(number, true)),
                false, true, "number > 0", IndexMethod.BTREE, null, null, null), "index idx_orders_number");
        batch.relationship(new RelationshipDraft(customers, orders, Cardinality.ONE_TO_MANY,
                List.of(new Relationship.ColumnPair(customerId, orderCustomer)), ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION, null, true, null, "fk_orders_customer", null, null), "fk orders");
        batch.relationship(new RelationshipDraft(orders, lines, Cardinality.ONE_TO_MANY,
                List.of(new Relationship.ColumnPair(orderCustomer, lineCustomer),
                        new Relationship.ColumnPair(number, lineNumber)), ReferentialAction.RESTRICT,
                ReferentialAction.CASCADE, null, false, null, "fk_lines_order", null, null), "fk lines");
        return batch;
    }

    @Test
    void a_batch_is_written_whole_with_positions_keys_indexes_and_composite_relationships() {
        fixture.as(EDITOR, () -> batches.write(design, shop(), "a test batch", done -> { }));

        DesignModel model = fixture.as(EDITOR, () -> models.load(design));
        assertThat(model.entities()).extracting(Entity::name).containsExactly("customers", "order_lines", "orders");
        Entity orders = model.entities().stream().filter(e -> e.name().equals("orders")).findFirst().orElseThrow();
        assertThat(orders.attributes()).extracting(Attribute::name, Attribute::position, Attribute::nullable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customer_id", 0, false),
                        org.assertj.core.groups.Tuple.tuple("number", 1, false));
        assertThat(orders.primaryKey()).hasSize(2);
        assertThat(model.indexes()).extracting(Index::name, Index::unique, Index::predicate)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("uq_customers_email", true, null),
                        org.assertj.core.groups.Tuple.tuple("idx_orders_number", false, "number > 0"));
        Relationship lines = model.relationships().stream().filter(r -> "fk_lines_order".equals(r.name()))
                .findFirst().orElseThrow();
        assertThat(lines.columns()).hasSize(2);
        assertThat(lines.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(lines.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void the_whole_batch_is_one_history_line_and_one_announced_change() {
        int before = events.about(design).size();

        fixture.as(EDITOR, () -> batches.write(design, shop(), "a test batch", done -> { }));

        List<AuditRecord> history = fixture.as(EDITOR, () -> models.history(design, null, null, 50));
        assertThat(history).filteredOn(r -> r.action() == ChangeAction.IMPORT).singleElement().satisfies(r -> {
            assertThat(r.elementName()).isEqualTo("a test batch");
            assertThat(r.newValue()).contains("\"entities\":3").contains("\"attributes\":6")
                    .contains("\"indexes\":2").contains("\"relationships\":2");
        });
        assertThat(history).extracting(AuditRecord::elementType)
                .doesNotContain(ElementType.ATTRIBUTE, ElementType.ENTITY);
        assertThat(events.about(design)).hasSize(before + 1);
        assertThat(events.about(design).get(before).action()).isEqualTo(ChangeAction.IMPORT);
    }

    @Test
    void progress_reaches_the_end() {
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        fixture.as(EDITOR, () -> batches.write(design, shop(), "a test batch", seen::add));
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void a_refused_element_is_named_and_nothing_is_written() {
        ModelBatch batch = shop();
        UUID bad = batch.entity(EntityDraft.named("audit", EntityKind.AUDIT), "table audit (line 40)");
        batch.attribute(bad, AttributeDraft.of("amount", "DECIMAL").withPrecision(5, 9), "column audit.amount (line 41)");

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> batches.write(design, batch, "bad", done -> { })))
                .isInstanceOf(ValidationException.class)
                .hasMessage("column audit.amount (line 41): Scale cannot exceed the precision (5)");
        assertThat(fixture.as(EDITOR, () -> models.load(design)).entities()).isEmpty();
    }

    @Test
    void names_already_in_the_design_or_twice_in_the_batch_are_refused() {
        fixture.sample(design);
        ModelBatch clash = new ModelBatch();
        clash.entity(EntityDraft.named("USERS", EntityKind.CORE), "table USERS");
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> batches.write(design, clash, "x", done -> { })))
                .hasMessage("table USERS: This design already has an entity named USERS");

        ModelBatch twice = new ModelBatch();
        UUID t = twice.entity(EntityDraft.named("t", EntityKind.CORE), "table t");
        twice.attribute(t, AttributeDraft.of("a", "INTEGER"), "column t.a");
        twice.attribute(t, AttributeDraft.of("A", "INTEGER"), "column t.A");
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> batches.write(design, twice, "x", done -> { })))
                .hasMessage("column t.A: This entity already has an attribute named A");
    }

    @Test
    void a_foreign_key_must_reference_a_key_as_in_the_editor() {
        ModelBatch batch = new ModelBatch();
        UUID a = batch.entity(EntityDraft.named("a", EntityKind.CORE), "table a");
        UUID code = batch.attribute(a, AttributeDraft.of("code", "INTEGER"), "a.code");
        UUID b = batch.entity(EntityDraft.named("b", EntityKind.CORE), "table b");
        UUID ref = batch.attribute(b, AttributeDraft.of("a_code", "INTEGER"), "b.a_code");
        batch.relationship(new RelationshipDraft(a, b, Cardinality.ONE_TO_MANY,
                List.of(new Relationship.ColumnPair(code, ref)), null, null, null, false, null, null, null, null),
                "foreign key b(a_code) → a (line 9)");

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> batches.write(design, batch, "x", done -> { })))
                .hasMessage("foreign key b(a_code) → a (line 9): The referenced columns of a must be its primary "
                        + "key or unique");
    }

    @Test
    void a_unique_index_of_the_same_batch_makes_columns_a_key() {
        ModelBatch batch = new ModelBatch();
        UUID a = batch.entity(EntityDraft.named("a", EntityKind.CORE), "table a");
        UUID x = batch.attribute(a, AttributeDraft.of("x", "INTEGER"), "a.x");
        UUID y = batch.attribute(a, AttributeDraft.of("y", "INTEGER"), "a.y");
        UUID b = batch.entity(EntityDraft.named("b", EntityKind.CORE), "table b");
        UUID bx = batch.attribute(b, AttributeDraft.of("ax", "INTEGER"), "b.ax");
        UUID by = batch.attribute(b, AttributeDraft.of("ay", "INTEGER"), "b.ay");
        batch.index(new IndexDraft(a, "uq_a_xy", List.of(new Index.IndexColumn(x, false),
                new Index.IndexColumn(y, false)), true, false, null, null, null, null, null), "uq_a_xy");
        batch.relationship(new RelationshipDraft(a, b, Cardinality.ONE_TO_MANY, List.of(
                new Relationship.ColumnPair(x, bx), new Relationship.ColumnPair(y, by)), null, null, null, false,
                null, null, null, null), "fk b → a");

        fixture.as(EDITOR, () -> batches.write(design, batch, "x", done -> { }));

        assertThat(fixture.as(EDITOR, () -> models.load(design)).relationships()).hasSize(1);
    }

    @Test
    void query_patterns_name_entities_of_the_batch_and_indexes_link_to_them() {
        ModelBatch batch = shop();
        UUID sessions = batch.entity(EntityDraft.named("sessions", EntityKind.CORE), "table sessions");
        UUID token = batch.attribute(sessions, AttributeDraft.of("token", "TEXT"), "sessions.token");
        UUID signIn = batch.queryPattern(new QueryPatternDraft("Sign-in", null, "SELECT * FROM sessions WHERE "
                + "token = $1", new java.math.BigDecimal("50"), FrequencyUnit.SECOND, 5, List.of(sessions),
                List.of()), "query pattern Sign-in");
        batch.index(new IndexDraft(sessions, "idx_sessions_token", List.of(new Index.IndexColumn(token, false)),
                false, false, null, IndexMethod.BTREE, null, null, List.of(signIn)), "index idx_sessions_token");

        fixture.as(EDITOR, () -> batches.write(design, batch, "x", done -> { }));

        DesignModel model = fixture.as(EDITOR, () -> models.load(design));
        QueryPattern pattern = model.queryPatterns().stream().filter(q -> q.name().equals("Sign-in")).findFirst()
                .orElseThrow();
        Index index = model.indexes().stream().filter(i -> i.name().equals("idx_sessions_token")).findFirst()
                .orElseThrow();
        assertThat(pattern.entityIds()).containsExactly(sessions);
        assertThat(pattern.indexIds()).containsExactly(index.id());
        assertThat(index.queryPatternIds()).containsExactly(pattern.id());

        ModelBatch again = new ModelBatch();
        again.queryPattern(new QueryPatternDraft("SIGN-IN", null, null, null, null, null, List.of(), List.of()),
                "query pattern SIGN-IN");
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> batches.write(design, again, "x", done -> { })))
                .hasMessage("query pattern SIGN-IN: Another query pattern is named SIGN-IN");
    }

    @Test
    void only_editors_may_write_a_batch() {
        assertThatThrownBy(() -> fixture.as(VIEWER, () -> batches.write(design, shop(), "x", done -> { })))
                .isInstanceOf(NotAllowedException.class);
        assertThat(fixture.as(EDITOR, () -> models.load(design)).entities()).isEmpty();
    }
}

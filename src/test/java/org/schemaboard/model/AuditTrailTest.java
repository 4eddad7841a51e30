package org.schemaboard.model;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.TestData.EDITOR;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;

/** Every model write leaves one audit line: who, what, which element, and its values before and after as JSON. */
@ServiceTest
class AuditTrailTest {

    private final ObjectMapper json = new ObjectMapper();

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
    AuditLog auditLog;

    UUID design;
    TestData.Sample s;

    @BeforeEach
    void sampleDesign() {
        design = fixture.newDesign();
        s = fixture.sample(design);
    }

    @Test
    void entity_writes_are_audited_with_the_values_before_and_after() {
        UUID carts = asEditor(() -> entities.createEntity(design, new EntityDraft("carts", EntityKind.CORE,
                "What a customer is about to buy.", null, null, null)));
        AuditRecord created = assertLatest(ChangeAction.CREATE, ElementType.ENTITY, carts, "carts");
        assertThat(created.oldValue()).isNull();
        assertThat(value(created.newValue()).path("purpose").asText()).isEqualTo("What a customer is about to buy.");

        asEditor(() -> entities.updateEntity(carts, 1, EntityDraft.named("baskets", EntityKind.CORE)));
        AuditRecord updated = assertLatest(ChangeAction.UPDATE, ElementType.ENTITY, carts, "baskets");
        assertThat(value(updated.oldValue()).path("name").asText()).isEqualTo("carts");
        assertThat(value(updated.newValue()).path("name").asText()).isEqualTo("baskets");

        asEditor(() -> entities.deleteEntity(s.users(), 1));
        AuditRecord deleted = assertLatest(ChangeAction.DELETE, ElementType.ENTITY, s.users(), "users");
        assertThat(value(deleted.oldValue()).path("attributes").findValuesAsText("name"))
                .as("the deleted entity is kept with its attributes")
                .containsExactly("id", "email", "nickname");
        assertThat(deleted.newValue()).isNull();
    }

    @Test
    void attribute_writes_including_a_move_are_audited_with_the_values_before_and_after() {
        UUID phone = asEditor(() -> entities.addAttribute(s.users(), AttributeDraft.of("phone", "VARCHAR")
                .withLength(20)));
        AuditRecord added = assertLatest(ChangeAction.CREATE, ElementType.ATTRIBUTE, phone, "users.phone");
        assertThat(added.oldValue()).isNull();
        assertThat(value(added.newValue()).path("length").asInt()).isEqualTo(20);

        asEditor(() -> entities.updateAttribute(phone, 1, AttributeDraft.of("mobile", "VARCHAR").withLength(30)));
        AuditRecord updated = assertLatest(ChangeAction.UPDATE, ElementType.ATTRIBUTE, phone, "users.mobile");
        assertThat(value(updated.oldValue()).path("name").asText()).isEqualTo("phone");
        assertThat(value(updated.newValue()).path("length").asInt()).isEqualTo(30);

        asEditor(() -> entities.moveAttribute(phone, 0));
        AuditRecord moved = assertLatest(ChangeAction.MOVE, ElementType.ATTRIBUTE, phone, "users.mobile");
        assertThat(value(moved.oldValue()).path("position").asInt()).isEqualTo(3);
        assertThat(value(moved.newValue()).path("position").asInt()).isEqualTo(0);

        asEditor(() -> entities.deleteAttribute(phone, 2));
        AuditRecord deleted = assertLatest(ChangeAction.DELETE, ElementType.ATTRIBUTE, phone, "users.mobile");
        assertThat(value(deleted.oldValue()).path("name").asText()).isEqualTo("mobile");
        assertThat(deleted.newValue()).isNull();
    }

    @Test
    void relationship_writes_are_audited_with_the_values_before_and_after() {
        UUID places = asEditor(() -> relationships.create(design, new RelationshipDraft(s.users(), s.orders(),
                Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(s.userId(), s.orderUserId())),
                ReferentialAction.RESTRICT, null, "places", false, null, "fk_orders_user", null, null)));
        AuditRecord created = assertLatest(ChangeAction.CREATE, ElementType.RELATIONSHIP, places, "users 1:N orders");
        assertThat(created.oldValue()).isNull();
        assertThat(value(created.newValue()).path("name").asText()).isEqualTo("fk_orders_user");

        asEditor(() -> relationships.update(places, 1, new RelationshipDraft(s.users(), s.orders(),
                Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(s.userId(), s.orderUserId())),
                ReferentialAction.CASCADE, null, "places", false, "Orders go with their customer.", null, null,
                null)));
        AuditRecord updated = assertLatest(ChangeAction.UPDATE, ElementType.RELATIONSHIP, places, "users 1:N orders");
        assertThat(value(updated.oldValue()).path("onDelete").asText()).isEqualTo("RESTRICT");
        assertThat(value(updated.newValue()).path("onDelete").asText()).isEqualTo("CASCADE");
        assertThat(value(updated.newValue()).path("columns")).hasSize(1);

        asEditor(() -> relationships.delete(places, 2));
        AuditRecord deleted = assertLatest(ChangeAction.DELETE, ElementType.RELATIONSHIP, places, "users 1:N orders");
        assertThat(value(deleted.oldValue()).path("rationale").asText()).isEqualTo("Orders go with their customer.");
        assertThat(deleted.newValue()).isNull();
    }

    @Test
    void index_writes_are_audited_with_the_values_before_and_after() {
        UUID byUser = asEditor(() -> indexes.create(design, new IndexDraft(s.orders(), "idx_orders_user",
                List.of(new Index.IndexColumn(s.orderUserId(), false)), false, true, "user_id IS NOT NULL", null,
                null, null, null)));
        AuditRecord created = assertLatest(ChangeAction.CREATE, ElementType.INDEX, byUser, "idx_orders_user");
        assertThat(created.oldValue()).isNull();
        assertThat(value(created.newValue()).path("predicate").asText()).isEqualTo("user_id IS NOT NULL");

        asEditor(() -> indexes.update(byUser, 1, new IndexDraft(s.orders(), "idx_orders_user_id",
                List.of(new Index.IndexColumn(s.orderUserId(), true)), false, false, null, null, null, null, null)));
        AuditRecord updated = assertLatest(ChangeAction.UPDATE, ElementType.INDEX, byUser, "idx_orders_user_id");
        assertThat(value(updated.oldValue()).path("name").asText()).isEqualTo("idx_orders_user");
        assertThat(value(updated.newValue()).path("predicate").isNull()).isTrue();

        asEditor(() -> indexes.delete(byUser, 2));
        AuditRecord deleted = assertLatest(ChangeAction.DELETE, ElementType.INDEX, byUser, "idx_orders_user_id");
        assertThat(value(deleted.oldValue()).path("name").asText()).isEqualTo("idx_orders_user_id");
        assertThat(deleted.newValue()).isNull();
    }

    @Test
    void query_pattern_writes_are_audited_with_the_values_before_and_after() {
        UUID login = asEditor(() -> patterns.create(design, new QueryPatternDraft("Log-in", null,
                "SELECT * FROM users WHERE email = $1", null, null, null, List.of(s.users()), List.of())));
        AuditRecord created = assertLatest(ChangeAction.CREATE, ElementType.QUERY_PATTERN, login, "Log-in");
        assertThat(created.oldValue()).isNull();
        assertThat(value(created.newValue()).path("sql").asText()).isEqualTo("SELECT * FROM users WHERE email = $1");

        asEditor(() -> patterns.update(login, 1, new QueryPatternDraft("Log-in", null,
                "SELECT id FROM users WHERE email = $1", null, null, 50, List.of(s.users()), List.of(s.index()))));
        AuditRecord updated = assertLatest(ChangeAction.UPDATE, ElementType.QUERY_PATTERN, login, "Log-in");
        assertThat(value(updated.oldValue()).path("latencyTargetMs").isNull()).isTrue();
        assertThat(value(updated.newValue()).path("latencyTargetMs").asInt()).isEqualTo(50);

        asEditor(() -> patterns.delete(login, 2));
        AuditRecord deleted = assertLatest(ChangeAction.DELETE, ElementType.QUERY_PATTERN, login, "Log-in");
        assertThat(value(deleted.oldValue()).path("indexIds").get(0).asText()).isEqualTo(s.index().toString());
        assertThat(deleted.newValue()).isNull();
    }

    private AuditRecord assertLatest(ChangeAction action, ElementType elementType, UUID elementId, String elementName) {
        AuditRecord line = auditLog.forDesign(design, 1).get(0);
        assertThat(line.actor()).isEqualTo(EDITOR);
        assertThat(line.designId()).isEqualTo(design);
        assertThat(line.action()).isEqualTo(action);
        assertThat(line.elementType()).isEqualTo(elementType);
        assertThat(line.elementId()).isEqualTo(elementId);
        assertThat(line.elementName()).isEqualTo(elementName);
        return line;
    }

    private JsonNode value(String text) {
        assertThat(text).isNotNull();
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    private <T> T asEditor(java.util.function.Supplier<T> work) {
        return fixture.as(EDITOR, work);
    }

    private void asEditor(Runnable work) {
        fixture.as(EDITOR, work);
    }
}

package org.schemaboard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.OWNER;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.base.MergeConflictException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;

/** Auto-increment on an attribute: saved through the write path, refused off whole-number types, merged field-wise. */
@ServiceTest
class AutoIncrementAttributeTest {

    @Autowired
    TestData fixture;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    AuditLog auditLog;

    UUID design;
    UUID orders;

    @BeforeEach
    void design() {
        design = fixture.newDesign();
        orders = fixture.as(OWNER, () -> entities.createEntity(design, EntityDraft.named("orders", EntityKind.CORE)));
    }

    @Test
    void an_auto_increment_key_is_saved_loaded_and_audited() {
        UUID id = fixture.as(OWNER, () -> entities.addAttribute(orders,
                AttributeDraft.of("id", "BIGINT").asPrimaryKey().asAutoIncrement()));

        assertThat(attribute(id).autoIncrement()).isTrue();
        assertThat(auditLog.forDesign(design, id, null, 10)).singleElement()
                .satisfies(line -> assertThat(line.newValue()).contains("\"autoIncrement\":true"));

        fixture.as(OWNER, () -> entities.updateAttribute(id, 1, AttributeDraft.of("id", "BIGINT").asPrimaryKey()));
        assertThat(attribute(id).autoIncrement()).isFalse();
    }

    @Test
    void auto_increment_on_a_type_that_is_not_a_whole_number_is_refused_and_nothing_is_saved() {
        UUID code = fixture.as(OWNER, () -> entities.addAttribute(orders, AttributeDraft.of("code", "VARCHAR")
                .withLength(20)));

        assertThatThrownBy(() -> fixture.as(OWNER, () -> entities.updateAttribute(code, 1,
                AttributeDraft.of("code", "VARCHAR").withLength(20).asAutoIncrement())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("autoIncrement"))
                        .contains("Only whole-number types can auto-increment").contains("VARCHAR"));
        assertThatThrownBy(() -> fixture.as(OWNER, () -> entities.addAttribute(orders,
                AttributeDraft.of("amount", "DECIMAL").withPrecision(12, 2).asAutoIncrement())))
                .isInstanceOf(ValidationException.class);

        Attribute unchanged = attribute(code);
        assertThat(unchanged.autoIncrement()).isFalse();
        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(load().entityNamed("orders").orElseThrow().attributes())
                .extracting(Attribute::name).containsExactly("code");
    }

    @Test
    void unsigned_and_serial_types_may_auto_increment() {
        fixture.as(OWNER, () -> {
            entities.addAttribute(orders, AttributeDraft.of("a", "SMALLINT UNSIGNED").asAutoIncrement());
            entities.addAttribute(orders, AttributeDraft.of("b", "int(11)").asAutoIncrement());
            entities.addAttribute(orders, AttributeDraft.of("c", "BIGSERIAL").asAutoIncrement());
        });
        assertThat(load().entityNamed("orders").orElseThrow().attributes())
                .allSatisfy(a -> assertThat(a.autoIncrement()).isTrue());
    }

    @Test
    void concurrent_edits_of_auto_increment_and_another_field_are_merged() {
        UUID id = fixture.as(OWNER, () -> entities.addAttribute(orders, AttributeDraft.of("id", "BIGINT")
                .asPrimaryKey()));
        Attribute base = attribute(id);

        // the editor describes the column; the owner, still on the first version, makes it auto-increment
        fixture.as(EDITOR, () -> entities.updateAttribute(id, base, AttributeDraft.from(base)
                .withDescription("Order number")));
        fixture.as(OWNER, () -> entities.updateAttribute(id, base, AttributeDraft.from(base).asAutoIncrement()));

        Attribute merged = attribute(id);
        assertThat(merged.autoIncrement()).as("the owner's change").isTrue();
        assertThat(merged.description()).as("the editor's change").isEqualTo("Order number");
    }

    @Test
    void a_stale_edit_of_another_field_does_not_undo_turning_auto_increment_off() {
        UUID id = fixture.as(OWNER, () -> entities.addAttribute(orders, AttributeDraft.of("id", "BIGINT")
                .asPrimaryKey().asAutoIncrement()));
        Attribute base = attribute(id);

        fixture.as(EDITOR, () -> entities.updateAttribute(id, base, new AttributeDraft("id", "BIGINT", null, null,
                null, false, null, true, false, false, null, null)));
        fixture.as(OWNER, () -> entities.updateAttribute(id, base, AttributeDraft.from(base)
                .withDescription("Order number")));

        Attribute merged = attribute(id);
        assertThat(merged.autoIncrement()).as("the editor's change").isFalse();
        assertThat(merged.description()).as("the owner's change").isEqualTo("Order number");
        assertThat(merged.version()).isEqualTo(3);
    }

    @Test
    void merging_knows_auto_increment_as_a_field_of_its_own() {
        AttributeDraft base = AttributeDraft.of("id", "BIGINT");
        AttributeDraft theirs = base.withDescription("Order number").asAutoIncrement();
        AttributeDraft mine = base.withDescription("The order's number");

        assertThatThrownBy(() -> Merging.resolve(org.schemaboard.base.ConflictException.deleted("x"), "The attribute",
                base, theirs, mine, 2))
                .isInstanceOfSatisfying(MergeConflictException.class, e -> {
                    assertThat(e.fields()).containsExactly("description");
                    assertThat(e.theirs()).doesNotContainKey("autoIncrement");
                });
        assertThat(ThreeWayMerge.merge(base, theirs, base.withLength(null)).merged().autoIncrement()).isTrue();
    }

    private Attribute attribute(UUID id) {
        return load().attributesById().get(id);
    }

    private DesignModel load() {
        return fixture.as(OWNER, () -> models.load(design));
    }
}

package org.schemaboard.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.diff.TestModels.attribute;
import static org.schemaboard.diff.TestModels.shop;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.relationship.ReferentialAction;

class ModelDiffTest {

    @Test
    void identical_states_have_no_changes() {
        ModelDiff diff = ModelDiff.compare(shop(), shop());
        assertThat(diff.matching()).isEqualTo(Matching.BY_ID);
        assertThat(diff.empty()).isTrue();
    }

    @Test
    void a_renamed_entity_is_one_change_of_its_name_not_a_removal_and_an_addition() {
        DesignModel v2 = TestModels.renameEntity(shop(), "orders", "purchases");
        ModelDiff diff = ModelDiff.compare(shop(), v2);
        assertThat(diff.changes()).extracting(Change::summary).containsExactly("Entity purchases: changed (name)");
        assertThat(diff.changes().get(0).fields()).containsExactly(new FieldChange("name", "orders", "purchases"));
    }

    @Test
    void attribute_changes_are_listed_field_by_field() {
        DesignModel v2 = TestModels.attribute(shop(), "customers", "name", a -> TestModels.notNull(
                TestModels.typed(TestModels.renamed(a, "full_name"), "VARCHAR", 50), true, "''"));
        ModelDiff diff = ModelDiff.compare(shop(), v2);
        assertThat(diff.changes()).hasSize(1);
        Change change = diff.changes().get(0);
        assertThat(change.path()).isEqualTo("customers.full_name");
        assertThat(change.fields()).containsExactly(
                new FieldChange("name", "name", "full_name"),
                new FieldChange("type", "VARCHAR(100)", "VARCHAR(50)"),
                new FieldChange("nullable", "yes", "no"),
                new FieldChange("default", null, "''"));
    }

    @Test
    void added_and_removed_elements_of_every_kind_are_listed() {
        DesignModel v2 = TestModels.attributes(shop(), "orders", list -> {
            list.removeIf(a -> a.name().equals("status"));
            list.add(attribute("orders", 4, "placed_at", "TIMESTAMP", null, true, false, false));
            return list;
        });
        v2 = TestModels.entities(v2, list -> {
            list.add(TestModels.entity("coupons", attribute("coupons", 0, "code", "VARCHAR", 20, false, true, false)));
            return list;
        });
        v2 = TestModels.indexes(v2, list -> List.of(TestModels.index("idx_orders_placed", "orders", false, "placed_at")));
        ModelDiff diff = ModelDiff.compare(shop(), v2);
        assertThat(diff.changes()).extracting(Change::summary).contains(
                "Attribute orders.placed_at: added", "Attribute orders.status: removed", "Entity coupons: added",
                "Index idx_orders_placed: added", "Index idx_orders_customer: removed",
                "Query pattern Orders of a customer: changed (indexes)");
    }

    @Test
    void renaming_an_entity_does_not_change_the_relationships_and_indexes_that_name_it() {
        DesignModel v2 = TestModels.renameEntity(shop(), "customers", "clients");
        v2 = TestModels.relationships(v2, list -> list.stream()
                .map(r -> TestModels.onDelete(r, ReferentialAction.RESTRICT)).toList());
        ModelDiff diff = ModelDiff.compare(shop(), v2);
        assertThat(diff.of(ElementKind.RELATIONSHIP)).singleElement().satisfies(c ->
                assertThat(c.fields()).containsExactly(new FieldChange("on delete", "CASCADE", "RESTRICT")));
        assertThat(diff.of(ElementKind.INDEX)).isEmpty();
    }

    @Test
    void states_without_shared_ids_are_matched_by_name() {
        DesignModel file = TestModels.freshIds(TestModels.attribute(shop(), "orders", "status",
                a -> TestModels.typed(a, "VARCHAR", 40)));
        ModelDiff diff = ModelDiff.compare(shop(), file);
        assertThat(diff.matching()).isEqualTo(Matching.BY_NAME);
        assertThat(diff.changes()).extracting(Change::summary).containsExactly("Attribute orders.status: changed (type)");
    }

    @Test
    void a_removed_and_an_added_element_of_the_same_shape_in_a_file_look_like_a_rename() {
        DesignModel file = TestModels.freshIds(TestModels.attribute(TestModels.renameEntity(shop(), "orders", "purchases"),
                "purchases", "status", a -> TestModels.renamed(a, "state")));
        ModelDiff byName = ModelDiff.compare(shop(), file);
        assertThat(byName.changes()).extracting(Change::summary)
                .contains("Entity orders: removed", "Entity purchases: added");
        assertThat(byName.hints()).extracting(RenameHint::describe).containsExactly(
                "Entity orders → purchases looks like a rename (same 4 columns and types)");

        ModelDiff accepted = byName.withRenames(byName.hints());
        assertThat(accepted.hints()).extracting(RenameHint::describe).containsExactly(
                "Attribute orders.status → purchases.state looks like a rename (same type VARCHAR(20))");
        ModelDiff both = accepted.withRenames(accepted.hints());
        assertThat(both.changes()).extracting(Change::summary).containsExactly(
                "Entity purchases: changed (name)", "Attribute purchases.state: changed (name)");
        assertThat(both.hints()).isEmpty();
    }

    @Test
    void an_attribute_rename_in_a_file_is_suggested_inside_its_entity() {
        DesignModel file = TestModels.freshIds(TestModels.attribute(shop(), "customers", "name",
                a -> TestModels.renamed(a, "display_name")));
        ModelDiff diff = ModelDiff.compare(shop(), file);
        assertThat(diff.hints()).extracting(RenameHint::describe).containsExactly(
                "Attribute customers.name → customers.display_name looks like a rename (same type VARCHAR(100))");
    }

    @Test
    void written_text_changes_come_with_a_line_diff() {
        DesignModel v1 = TestModels.entity(shop(), "orders", e -> withPurpose(e, "One order.\nPlaced by a customer."));
        DesignModel v2 = TestModels.entity(shop(), "orders", e -> withPurpose(e, "One order.\nPlaced by a customer or a guest."));
        FieldChange purpose = ModelDiff.compare(v1, v2).changes().get(0).fields().get(0);
        assertThat(purpose.multiLine()).isTrue();
        assertThat(purpose.lineDiff()).containsExactly("  One order.", "- Placed by a customer.",
                "+ Placed by a customer or a guest.");
    }

    private static Entity withPurpose(Entity e, String purpose) {
        return new Entity(e.id(), e.name(), e.kind(), purpose, e.businessRules(), e.lifecycle(), e.notes(), e.version(),
                e.attributes());
    }
}

package org.schemaboard.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;

class SafetyChecksTest {

    @Test
    void every_risky_step_of_a_migration_is_flagged_with_a_safer_sequence() {
        List<Finding> findings = SafetyChecks.of(ModelDiff.compare(MigrationOnEnginesTest.v1(), MigrationOnEnginesTest.v2()),
                Map.of());
        assertThat(findings).extracting(f -> f.severity() + " " + f.element()).containsExactlyInAnyOrder(
                "NOTICE purchases", "DANGER notes", "NOTICE purchases.state", "WARNING customers.name",
                "WARNING customers.phone", "DANGER orders.total", "WARNING idx_purchases_state");
        assertThat(findings).allSatisfy(f -> assertThat(f.saferSequence()).isNotBlank());
        assertThat(findings).filteredOn(f -> f.element().equals("idx_purchases_state")).singleElement()
                .satisfies(f -> assertThat(f.saferSequence()).contains("CONCURRENTLY"));
    }

    @Test
    void narrowing_a_type_is_data_loss_and_widening_is_not() {
        DesignModel narrower = TestModels.attribute(TestModels.shop(), "customers", "name", a -> TestModels.typed(a, "VARCHAR", 50));
        assertThat(SafetyChecks.of(ModelDiff.compare(TestModels.shop(), narrower), Map.of()))
                .singleElement().satisfies(f -> assertThat(f.describe()).contains("VARCHAR(100) → VARCHAR(50)"));
        DesignModel wider = TestModels.attribute(TestModels.shop(), "customers", "name", a -> TestModels.typed(a, "VARCHAR", 200));
        assertThat(SafetyChecks.of(ModelDiff.compare(TestModels.shop(), wider), Map.of())).isEmpty();
    }

    @Test
    void an_index_on_a_small_postgresql_table_needs_no_concurrent_build() {
        DesignModel v2 = TestModels.indexes(TestModels.shop(), list -> {
            list.add(TestModels.index("idx_orders_status", "orders", false, "status"));
            return list;
        });
        ModelDiff diff = ModelDiff.compare(TestModels.shop(), v2);
        assertThat(SafetyChecks.of(diff, Map.of(TestModels.id("orders"), 5_000L))).isEmpty();
        assertThat(SafetyChecks.of(diff, Map.of(TestModels.id("orders"), 50_000_000L))).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("about 50,000,000 rows"));
    }
}

package org.schemaboard.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.checks.PlannerFindings;
import org.schemaboard.diagram.Models;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.spec.Check;

/** An index's "serves" links checked against H2's planner: a claim the plan does not bear out is a finding. */
class ServesLinkCheckTest {

    @Test
    void index_linked_to_a_pattern_whose_plan_does_not_use_it_is_a_finding_and_one_it_uses_is_not() {
        DesignModel shop = Models.shop();
        Entity orders = shop.entityNamed("orders").orElseThrow();
        UUID byCustomer = UUID.randomUUID();
        UUID byStatus = UUID.randomUUID();
        Index customer = index(orders, "idx_orders_customer", "customer_id", byCustomer);
        Index placed = index(orders, "idx_orders_placed", "placed_at", byStatus);
        DesignModel model = new DesignModel(shop.designId(), shop.name(), shop.targetDatabase(), null,
                shop.entities(), shop.relationships(), List.of(customer, placed), List.of(
                pattern(byCustomer, "Orders of a customer", "SELECT * FROM orders WHERE customer_id = $1"),
                pattern(byStatus, "Orders by status", "SELECT * FROM orders WHERE status = :status")));

        List<Check> findings = new CoverageService("").findings(model);

        assertThat(findings).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(PlannerFindings.SERVES_NOT_PLANNED.id());
            assertThat(c.elementId()).isEqualTo(placed.id());
            assertThat(c.entityId()).isEqualTo(orders.id());
            assertThat(c.message()).contains("\"Orders by status\"").contains("H2").contains("full scan of orders");
        });
    }

    @Test
    void a_design_without_serves_links_is_not_planned() {
        DesignModel shop = Models.shop();
        assertThat(new CoverageService("").findings(shop)).isEmpty();
    }

    private static Index index(Entity entity, String name, String column, UUID serves) {
        return new Index(UUID.randomUUID(), entity.id(), name, List.of(new Index.IndexColumn(
                entity.attributeNamed(column).orElseThrow().id(), false)), false, null, IndexMethod.BTREE, null,
                "why", List.of(serves), 1);
    }

    private static QueryPattern pattern(UUID id, String name, String sql) {
        return new QueryPattern(id, name, null, sql, BigDecimal.ONE, FrequencyUnit.SECOND, 50, List.of(), List.of(), 1);
    }
}

package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.coverage.QueryCoverage;

/** Query coverage from H2's planner on the clean shop design: indexes used, scans, parameters, parse errors. */
class QueryCoverageTest {

    @Test
    void each_pattern_gets_the_index_the_planner_uses_for_each_table_or_a_full_scan() {
        TestDesign d = RuleCases.clean();
        d.pattern("User by email", "SELECT id FROM users WHERE email = :email", "users");
        d.pattern("Big orders", "SELECT * FROM orders WHERE total > $1", "orders");
        d.pattern("Orders with users", "SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id "
                + "WHERE o.user_id = $1 AND o.created_at > '2024-01-01'::timestamp", "orders", "users");

        List<QueryCoverage.Result> results = QueryCoverage.of(d.model());

        assertThat(result(results, "Orders of a user").describe()).isEqualTo("orders: idx_orders_user");
        assertThat(result(results, "Orders of a user").unused()).isEmpty();
        assertThat(result(results, "Items of a product").describe()).isEqualTo("order_items: idx_order_items_product");
        assertThat(result(results, "User by email").describe()).startsWith("users: unique constraint");
        assertThat(result(results, "Big orders").describe()).isEqualTo("full scan of orders");
        assertThat(result(results, "Big orders").scans()).isTrue();
        QueryCoverage.Result join = result(results, "Orders with users");
        assertThat(join.describe()).isEqualTo("orders: idx_orders_user; users: primary key");
        assertThat(join.unclaimed()).containsExactly("idx_orders_user");
    }

    @Test
    void sql_that_does_not_parse_is_reported_with_line_and_column_and_a_wrong_serves_link_is_shown() {
        TestDesign d = RuleCases.clean();
        d.pattern("Broken", "SELECT *\nFROM orders\nWHERE AND user_id = $1", "orders");
        d.pattern("Unknown column", "SELECT * FROM orders WHERE status = ?", "orders");
        d.idx("idx_order_items_product").serves.add("Orders of a user");

        List<QueryCoverage.Result> results = QueryCoverage.of(d.model());

        assertThat(result(results, "Broken").problem()).startsWith("the SQL does not parse: 3:7");
        assertThat(result(results, "Unknown column").problem())
                .isEqualTo("the SQL does not run on the schema: Column \"STATUS\" not found");
        assertThat(result(results, "Orders of a user").unused()).containsExactly("idx_order_items_product");
    }

    private static QueryCoverage.Result result(List<QueryCoverage.Result> all, String name) {
        return all.stream().filter(r -> r.pattern().equals(name)).findFirst().orElseThrow();
    }
}

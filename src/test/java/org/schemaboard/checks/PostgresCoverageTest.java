package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.coverage.CoverageForExport;
import org.schemaboard.coverage.PostgresCoverage;
import org.schemaboard.coverage.QueryCoverage;

/**
 * Query coverage from PostgreSQL's planner on the clean shop design, in a throwaway schema. Runs when
 * {@code SCHEMABOARD_TEST_PG_URL} names a server (CI starts one), else is skipped, saying why.
 */
class PostgresCoverageTest {

    private static String url() {
        String url = System.getenv("SCHEMABOARD_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "No PostgreSQL to plan on: set SCHEMABOARD_TEST_PG_URL "
                + "(e.g. jdbc:postgresql://localhost:55432/postgres?user=postgres) to run this test");
        return url;
    }

    @Test
    void each_pattern_gets_the_index_postgresql_uses_for_each_table_with_every_kind_of_parameter() throws SQLException {
        String url = url();
        TestDesign d = RuleCases.clean();
        d.pattern("User by email", "SELECT id FROM users WHERE email = :email", "users");
        d.pattern("Big orders", "SELECT * FROM orders WHERE total > ?", "orders");
        d.pattern("Orders with users", "SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id "
                + "WHERE o.user_id = $1 AND o.created_at > :since", "orders", "users");

        List<QueryCoverage.Result> results = PostgresCoverage.of(d.model(), url);

        assertThat(result(results, "Orders of a user").describe()).isEqualTo("orders: idx_orders_user");
        assertThat(result(results, "Orders of a user").unused()).isEmpty();
        assertThat(result(results, "Items of a product").describe()).isEqualTo("order_items: idx_order_items_product");
        assertThat(result(results, "User by email").describe()).startsWith("users: unique constraint");
        assertThat(result(results, "Big orders").describe()).isEqualTo("full scan of orders");
        QueryCoverage.Result join = result(results, "Orders with users");
        assertThat(join.describe()).contains("orders: idx_orders_user").contains("users: primary key");
        assertThat(join.unclaimed()).containsExactly("idx_orders_user");
        assertThat(leftoverSchemas(url)).isZero();
    }

    @Test
    void sql_that_does_not_parse_is_reported_with_line_and_column_and_a_wrong_serves_link_is_shown()
            throws SQLException {
        String url = url();
        TestDesign d = RuleCases.clean();
        d.pattern("Broken", "SELECT *\nFROM orders\nWHERE AND user_id = ?", "orders");
        d.pattern("Unknown column", "SELECT * FROM orders WHERE status = $1", "orders");
        d.idx("idx_order_items_product").serves.add("Orders of a user");

        List<QueryCoverage.Result> results = PostgresCoverage.of(d.model(), url);

        assertThat(result(results, "Broken").problem())
                .isEqualTo("the SQL does not parse: 3:7 (syntax error at or near \"AND\")");
        assertThat(result(results, "Unknown column").problem())
                .isEqualTo("the SQL does not run on the schema: column \"status\" does not exist");
        assertThat(result(results, "Orders of a user").unused()).containsExactly("idx_order_items_product");
        assertThat(leftoverSchemas(url)).isZero();
    }

    @Test
    void the_exported_coverage_table_shows_both_planners_when_a_postgresql_url_is_configured() {
        String url = url();
        TestDesign d = RuleCases.clean();
        d.pattern("Big orders", "SELECT * FROM orders WHERE total > ?", "orders");

        List<List<String>> both = new CoverageForExport(url).rows(d.model());
        List<List<String>> h2Only = new CoverageForExport("").rows(d.model());

        assertThat(row(both, "Orders of a user")).containsExactly("Orders of a user", "orders: idx_orders_user",
                "as linked", "orders: idx_orders_user");
        assertThat(row(both, "Big orders")).last().isEqualTo("full scan of orders");
        assertThat(row(h2Only, "Orders of a user")).hasSize(3);
    }

    private static List<String> row(List<List<String>> rows, String pattern) {
        return rows.stream().filter(r -> r.get(0).equals(pattern)).findFirst().orElseThrow();
    }

    private static int leftoverSchemas(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); ResultSet r = c.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'sb_planner_%'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static QueryCoverage.Result result(List<QueryCoverage.Result> all, String name) {
        return all.stream().filter(r -> r.pattern().equals(name)).findFirst().orElseThrow();
    }
}

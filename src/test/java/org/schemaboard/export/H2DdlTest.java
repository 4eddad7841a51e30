package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.relationship.ReferentialAction;

/** The H2 DDL runs on a fresh in-memory H2 over plain JDBC, and the schema it makes is the model's. */
class H2DdlTest {

    @Test
    void h2_ddl_runs_on_a_fresh_database_and_the_schema_matches_the_model() throws SQLException {
        DesignModel model = EcommerceDesign.model();
        try (Connection c = freshDatabase()) {
            run(c, SpecificationExport.ddl(model, SqlDialectChoice.H2));
            SchemaAssertions.assertSchemaMatchesModel(c, "PUBLIC", model);
        }
    }

    @Test
    void foreign_key_actions_are_enforced_by_h2() throws SQLException {
        try (Connection c = freshDatabase(); Statement s = c.createStatement()) {
            run(c, SpecificationExport.ddl(EcommerceDesign.model(), SqlDialectChoice.H2));
            s.execute("INSERT INTO users (email, username, password_hash) VALUES ('a@example.com', 'a', 'x')");
            s.execute("INSERT INTO products (name, price) VALUES ('Lamp', 10)");
            s.execute("INSERT INTO orders (user_id, order_number) SELECT id, 'O-1' FROM users");
            s.execute("INSERT INTO order_items (order_id, product_id, quantity, unit_price) "
                    + "SELECT o.id, p.id, 1, 10 FROM orders o, products p");
            assertThatThrownBy(() -> s.execute("DELETE FROM users")).as("ON DELETE RESTRICT").isInstanceOf(SQLException.class);
            s.execute("DELETE FROM orders");
            assertThat(count(s, "order_items")).as("ON DELETE CASCADE").isZero();
            assertThatThrownBy(() -> s.execute("INSERT INTO reviews (product_id, user_id, rating) "
                    + "SELECT p.id, u.id, 6 FROM products p, users u")).as("CHECK rating").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void indexed_text_becomes_varchar_and_other_text_becomes_clob_on_h2() {
        String ddl = SpecificationExport.ddl(EcommerceDesign.model(), SqlDialectChoice.H2);
        assertThat(ddl).contains("  name VARCHAR NOT NULL,").contains("  description CLOB,")
                .contains("-- products.name: TEXT becomes CLOB in H2, which cannot be indexed; VARCHAR instead");
    }

    @Test
    void partial_indexes_and_index_methods_are_dropped_with_a_comment_on_h2() {
        String ddl = SpecificationExport.ddl(EcommerceDesign.model(), SqlDialectChoice.H2);
        assertThat(ddl)
                .contains("-- idx_users_status_created: predicate WHERE status = 'active' dropped: H2 has no partial indexes\n"
                        + "CREATE INDEX idx_users_status_created ON users(status, created_at);")
                .contains("-- idx_products_attributes: index method gin dropped")
                .doesNotContain("USING gin").doesNotContain("\nWHERE");
    }

    @Test
    void a_cycle_of_foreign_keys_is_closed_with_alter_table_after_both_tables() throws SQLException {
        DesignBuilder d = new DesignBuilder("Cycle");
        DesignBuilder.EntityBuilder departments = d.entity("departments", EntityKind.CORE, "Units");
        departments.col("id", "INTEGER").pk().and().col("head_id", "INTEGER");
        DesignBuilder.EntityBuilder employees = d.entity("employees", EntityKind.CORE, "People");
        employees.col("id", "INTEGER").pk().and().col("department_id", "INTEGER");
        d.relationship(departments, "id", Cardinality.ONE_TO_MANY, employees, "department_id", ReferentialAction.SET_NULL, "employs");
        d.relationship(employees, "id", Cardinality.ONE_TO_ONE, departments, "head_id", ReferentialAction.SET_NULL, "heads");
        DesignModel model = d.build();

        String ddl = SpecificationExport.ddl(model, SqlDialectChoice.H2);

        assertThat(ddl.indexOf("CREATE TABLE departments")).isLessThan(ddl.indexOf("CREATE TABLE employees"));
        assertThat(ddl.indexOf("ALTER TABLE departments")).isGreaterThan(ddl.indexOf("CREATE TABLE employees"));
        assertThat(ddl).contains("-- departments: unique (head_id) added: the relationship from employees is one-to-one");
        try (Connection c = freshDatabase()) {
            run(c, ddl);
            SchemaAssertions.assertSchemaMatchesModel(c, "PUBLIC", model);
        }
    }

    @Test
    void reserved_words_are_quoted_and_clashing_constraint_names_get_a_suffix() throws SQLException {
        DesignBuilder d = new DesignBuilder("Quoting");
        DesignBuilder.EntityBuilder order = d.entity("order", EntityKind.CORE, "Reserved name");
        order.col("id", "INTEGER").pk().and().col("value", "INTEGER").check("\"value\" > 0");
        d.index("pk_order", order, "value").purpose("clashes with the primary key's name");
        DesignModel model = d.build();

        String ddl = SpecificationExport.ddl(model, SqlDialectChoice.H2);

        assertThat(ddl).contains("CREATE TABLE \"order\"").contains("\"value\" INTEGER")
                .contains("CONSTRAINT pk_order_2 PRIMARY KEY (id)").contains("CREATE INDEX pk_order ON \"order\"(\"value\")");
        try (Connection c = freshDatabase()) {
            run(c, ddl);
        }
    }

    private static Connection freshDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:export-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0");
    }

    /** The script as one JDBC call: H2 runs a ;-separated list of statements, comments included. */
    static void run(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(script);
        }
    }

    private static int count(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

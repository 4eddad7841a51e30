package org.schemaboard.importing.dbml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.ImportPlan;

class DbmlReaderTest {

    static String resource(String name) {
        try (InputStream in = DbmlReaderTest.class.getResourceAsStream("/dbml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_rich_file_gives_tables_columns_keys_references_indexes_groups_and_the_project() {
        DbmlPlan read = DbmlReader.read(resource("rich.dbml"));
        ImportPlan plan = read.plan();

        assertThat(plan.problem()).isNull();
        assertThat(read.target()).isEqualTo(TargetDatabase.POSTGRESQL);
        assertThat(read.projectName()).isEqualTo("shop");
        assertThat(read.projectNote()).isEqualTo("# Shop\nOrders and their customers.");
        assertThat(plan.tables()).extracting(ImportPlan.Table::name).containsExactly("customers", "orders",
                "order_lines", "shipments", "invoices", "products", "tags", "products_tags");

        ImportPlan.Table customers = plan.table("customers").orElseThrow();
        assertThat(customers.comment()).isEqualTo("One row per account");
        assertThat(customers.primaryKey()).containsExactly("id");
        assertThat(customers.column("id").orElseThrow().type()).isEqualTo("INTEGER");
        assertThat(customers.column("id").orElseThrow().autoIncrement()).isTrue();
        ImportPlan.Column email = customers.column("email").orElseThrow();
        assertThat(email.type()).isEqualTo("VARCHAR");
        assertThat(email.length()).isEqualTo(255);
        assertThat(email.nullable()).isFalse();
        assertThat(email.comment()).isEqualTo("Login and contact address");
        assertThat(customers.uniqueConstraints()).containsExactly(List.of("email"));
        assertThat(customers.column("display name").orElseThrow().nullable()).isTrue();
        ImportPlan.Column balance = customers.column("balance").orElseThrow();
        assertThat(balance.precision()).isEqualTo(12);
        assertThat(balance.scale()).isEqualTo(2);
        assertThat(balance.defaultValue()).isEqualTo("0");
        assertThat(balance.check()).isEqualTo("balance >= 0");
        assertThat(customers.column("created_at").orElseThrow().precision()).isEqualTo(3);
        assertThat(customers.column("created_at").orElseThrow().defaultValue()).isEqualTo("now()");
        assertThat(customers.column("country").orElseThrow().defaultValue()).isEqualTo("'NL'");

        ImportPlan.Table orders = plan.table("orders").orElseThrow();
        assertThat(orders.column("id").orElseThrow().type()).isEqualTo("BIGINT");
        assertThat(orders.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(orders.column("status").orElseThrow().type()).isEqualTo("ENUM('placed', 'paid', 'shipped out')");
        assertThat(orders.column("total").orElseThrow().defaultValue()).isEqualTo("-1.5");
        assertThat(orders.checks()).containsExactly("total >= 0 or deleted_at is not null");
        assertThat(plan.table("order_lines").orElseThrow().primaryKey()).containsExactly("order_id", "line_no");

        assertThat(plan.foreignKeys()).extracting(fk -> fk.table() + fk.columns() + "->" + fk.referencedTable()
                + fk.referencedColumns() + " " + fk.onDelete() + "/" + fk.onUpdate() + " " + fk.name())
                .containsExactly(
                        "orders[customer_id]->customers[id] null/null null",
                        "order_lines[order_id]->orders[id] CASCADE/NO ACTION lines_of_order",
                        "shipments[order_id, line_no]->order_lines[order_id, line_no] SET NULL/null null",
                        "invoices[order_id]->orders[id] null/CASCADE null",
                        "products_tags[products_sku]->products[sku] null/null null",
                        "products_tags[tags_id]->tags[id] null/null null");
        assertThat(plan.table("invoices").orElseThrow().uniqueConstraints()).containsExactly(List.of("order_id"));
        ImportPlan.Table junction = plan.table("products_tags").orElseThrow();
        assertThat(junction.primaryKey()).containsExactly("products_sku", "tags_id");
        assertThat(junction.column("products_sku").orElseThrow().length()).isEqualTo(20);

        assertThat(plan.indexes()).extracting(i -> i.name() + " " + i.columns().stream()
                .map(c -> c.name() + (c.descending() ? " DESC" : "")).toList() + " " + i.method() + " " + i.where())
                .containsExactly("idx_orders_customer_placed [customer_id, placed_at] null null",
                        "idx_orders_recent [customer_id, placed_at DESC] null deleted_at IS NULL",
                        "idx_orders_status [status] hash null");
        assertThat(plan.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(38);
            assertThat(s.reason()).contains("`lower(status)`");
        });
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text).anyMatch(w -> w.contains("core.customers"))
                .anyMatch(w -> w.contains("enum order_status")).anyMatch(w -> w.contains("junction table products_tags"))
                .anyMatch(w -> w.contains("invoices[order_id]: made unique"));
        assertThat(read.groups()).containsExactly(new DbmlPlan.Group("sales", List.of("customers", "orders",
                "order_lines")), new DbmlPlan.Group("catalogue", List.of("products", "tags")));
        assertThat(read.summary()).startsWith("Read as DBML for PostgreSQL: 8 tables, ");
    }

    @Test
    void inline_refs_of_every_direction_and_partials() {
        DbmlPlan read = DbmlReader.read("""
                TablePartial stamped { created_at timestamp [not null] }
                Table a { id int [pk] }
                Table b {
                  id int [pk]
                  ~stamped
                  a_id int [ref: > a.id]
                  other int [ref: - a.id]
                }
                table c { a_id int [ref: < b.id] }
                """);
        ImportPlan plan = read.plan();
        assertThat(plan.problem()).isNull();
        assertThat(plan.table("b").orElseThrow().columns()).extracting(ImportPlan.Column::name)
                .containsExactly("id", "created_at", "a_id", "other");
        assertThat(plan.foreignKeys()).extracting(fk -> fk.table() + "." + fk.columns().get(0) + "->"
                + fk.referencedTable()).containsExactly("b.a_id->a", "b.other->a", "b.id->c");
    }

    @Test
    void a_broken_file_names_line_and_column_and_declares_nothing() {
        assertError("Table a {\n  id int [pk\n}\n", 3, 1, "] to close the settings");
        assertError("Table a {\n  id int\n", 3, 1, "never closed");
        assertError("Table a {\n  id int [default: 'x]\n}", 2, 20, "never closed");
        assertError("Table a {\n  id int\n}\nRef: a.id > b.id\n", 4, 13, "table b is not declared");
        assertError("Table a {\n  id int\n}\nRef: a.nope > a.id\n", 4, 6, "no column nope");
        assertError("Table a {\n  id int [primry]\n}", 2, 11, "unknown column setting 'primry'");
        assertError("Table a {\n  id int\n  id text\n}", 3, 3, "declared twice");
        assertError("Table a { id int }\nRef: a.id > a.id [delete: explode]", 2, 19, "not an action");
        assertError("Tabel a { id int }", 1, 1, "expected Table");
        assertError("/* open", 1, 1, "never closed");
        assertError("Table a {\n  name\n}", 3, 1, "needs a type");
    }

    private static void assertError(String dbml, int line, int column, String message) {
        ImportPlan plan = DbmlReader.read(dbml).plan();
        assertThat(plan.tables()).isEmpty();
        assertThat(plan.importable()).isFalse();
        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains(message);
            assertThat(e.line() + ":" + e.column()).isEqualTo(line + ":" + column);
        });
        assertThat(plan.problem()).contains("line " + line + ", column " + column);
    }
}

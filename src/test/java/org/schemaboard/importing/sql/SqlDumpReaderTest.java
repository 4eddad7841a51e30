package org.schemaboard.importing.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.importing.sql.ImportPlan.Column;
import org.schemaboard.importing.sql.ImportPlan.ForeignKey;
import org.schemaboard.importing.sql.ImportPlan.IndexColumn;
import org.schemaboard.importing.sql.ImportPlan.IndexPlan;
import org.schemaboard.importing.sql.ImportPlan.Skipped;
import org.schemaboard.importing.sql.ImportPlan.Table;

class SqlDumpReaderTest {

    static String dump(String file) {
        try (InputStream in = SqlDumpReaderTest.class.getResourceAsStream("/sqlimport/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportPlan read(String file) {
        return SqlDumpReader.read(dump(file), ImportDialect.AUTO);
    }

    @Test
    void the_dialect_is_detected_from_telltale_signs() {
        assertThat(read("pg_dump.sql").dialect()).isEqualTo(ImportDialect.POSTGRESQL);
        assertThat(read("mysqldump.sql").dialect()).isEqualTo(ImportDialect.MYSQL);
        assertThat(read("sqlite.sql").dialect()).isEqualTo(ImportDialect.SQLITE);
        assertThat(read("h2.sql").dialect()).isEqualTo(ImportDialect.H2);
        assertThat(SqlDumpReader.detect("CREATE TABLE t (id int);")).isEqualTo(ImportDialect.POSTGRESQL);
    }

    @Test
    void pg_dump_tables_and_columns_are_read_with_types_defaults_comments_and_checks() {
        ImportPlan plan = read("pg_dump.sql");
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.tables()).extracting(Table::name)
                .containsExactly("customers", "orders", "order_lines", "shipments");
        Table customers = plan.table("customers").orElseThrow();
        assertThat(customers.line()).isEqualTo(34);
        assertThat(customers.comment()).isEqualTo("People who buy; one row per account");
        assertThat(customers.primaryKey()).containsExactly("id");
        assertThat(customers.uniqueConstraints()).containsExactly(List.of("email"));
        assertThat(customers.columns()).containsExactly(
                new Column("id", "BIGINT", null, null, null, false, null, null, null, false),
                new Column("email", "CHARACTER VARYING", 255, null, null, false, null, "Login and contact address",
                        null, false),
                new Column("name", "TEXT", null, null, null, true, null, null, null, false),
                new Column("balance", "NUMERIC", null, 12, 2, false, "0", null, "balance >= cast(0 AS numeric)", false),
                new Column("status", "CHARACTER VARYING", 20, null, null, false, "'active'", null, null, false),
                new Column("created_at", "TIMESTAMP WITH TIME ZONE", null, null, null, false, "CURRENT_TIMESTAMP",
                        null, null, false),
                new Column("deleted_at", "TIMESTAMP WITH TIME ZONE", null, null, null, true, null, null, null, false));
        Table orders = plan.table("orders").orElseThrow();
        assertThat(orders.column("id").orElseThrow().type()).isEqualTo("INTEGER");
        assertThat(orders.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(orders.column("placed_at").orElseThrow().type()).isEqualTo("TIMESTAMP WITHOUT TIME ZONE");
        assertThat(orders.column("tags").orElseThrow().type()).isEqualTo("JSONB");
        assertThat(plan.table("order_lines").orElseThrow().primaryKey()).containsExactly("order_id", "line_no");
        assertThat(plan.table("shipments").orElseThrow().column("id").orElseThrow().type()).isEqualTo("INTEGER");
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text)
                .contains("orders.id: INTEGER with a nextval default imported as auto-increment INTEGER (the "
                                + "sequence itself is not part of the design)",
                        "shipments.id: INTEGER with a nextval default imported as auto-increment INTEGER (the "
                                + "sequence itself is not part of the design)");
    }

    @Test
    void pg_dump_foreign_keys_keep_their_actions_and_composite_columns() {
        assertThat(read("pg_dump.sql").foreignKeys()).containsExactly(
                new ForeignKey("orders_customer_id_fkey", "orders", List.of("customer_id"), "customers",
                        List.of("id"), "CASCADE", null, 120),
                new ForeignKey("order_lines_order_id_fkey", "order_lines", List.of("order_id"), "orders",
                        List.of("id"), "RESTRICT", "CASCADE", 123),
                new ForeignKey("shipments_line_fkey", "shipments", List.of("order_id", "line_no"), "order_lines",
                        List.of("order_id", "line_no"), "SET NULL", null, 126));
    }

    @Test
    void pg_dump_indexes_keep_order_predicate_uniqueness_and_method() {
        assertThat(read("pg_dump.sql").indexes()).containsExactly(
                new IndexPlan("idx_customers_live_email", "customers", List.of(new IndexColumn("email", false),
                        new IndexColumn("created_at", true)), false, "deleted_at IS NULL", "btree", 112),
                new IndexPlan("idx_orders_tags", "orders", List.of(new IndexColumn("tags", false)), false, null,
                        "gin", 114),
                new IndexPlan("uq_shipments_order_line", "shipments", List.of(new IndexColumn("order_id", false),
                        new IndexColumn("line_no", false)), true, null, "btree", 116));
    }

    @Test
    void pg_dump_everything_else_is_skipped_with_its_line_and_a_reason() {
        ImportPlan plan = read("pg_dump.sql");
        assertThat(plan.views()).extracting(ImportPlan.View::name, ImportPlan.View::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("open_orders", 82));
        assertThat(plan.skipped()).extracting(Skipped::line).containsExactly(8, 9, 10, 11, 12, 13, 15, 17, 19, 21,
                30, 32, 45, 51, 58, 90, 95, 118, 129, 130);
        assertThat(plan.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(reasonAt(plan, 15)).isEqualTo("psql meta-command");
        assertThat(reasonAt(plan, 21)).contains("function");
        assertThat(reasonAt(plan, 90)).contains("data");
        assertThat(reasonAt(plan, 118)).contains("trigger");
        assertThat(reasonAt(plan, 129)).contains("privileges");
        assertThat(reasonAt(plan, 45)).contains("ownership");
        assertThat(reasonAt(plan, 51)).contains("sequence");
    }

    @Test
    void mysqldump_inline_keys_comments_and_foreign_keys_are_read() {
        ImportPlan plan = read("mysqldump.sql");
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.tables()).extracting(Table::name).containsExactly("users", "posts", "profiles");
        Table users = plan.table("users").orElseThrow();
        assertThat(users.comment()).isEqualTo("Accounts");
        assertThat(users.primaryKey()).containsExactly("id");
        assertThat(users.columns()).containsExactly(
                new Column("id", "INT UNSIGNED", null, null, null, false, null, null, null, true),
                new Column("email", "VARCHAR", 255, null, null, false, null,
                        "Login; the user's 'primary' address", null, false),
                new Column("display_name", "VARCHAR", 100, null, null, true, null, null, null, false),
                new Column("score", "DECIMAL", null, 8, 2, false, "'0.00'", null, null, false),
                new Column("created_at", "TIMESTAMP", null, null, null, false, "current_timestamp()", null, null, false),
                new Column("updated_at", "TIMESTAMP", null, null, null, false, "current_timestamp()", null, null, false));
        Table posts = plan.table("posts").orElseThrow();
        assertThat(posts.column("body").orElseThrow().type()).isEqualTo("MEDIUMTEXT");
        assertThat(posts.column("status").orElseThrow().type()).isEqualTo("ENUM('draft','published')");
        assertThat(plan.foreignKeys()).containsExactly(
                new ForeignKey("fk_posts_user", "posts", List.of("user_id"), "users", List.of("id"), "CASCADE",
                        "CASCADE", 47),
                // ON UPDATE left out: InnoDB's RESTRICT, which is what the key does there
                new ForeignKey("fk_profiles_user", "profiles", List.of("user_id"), "users", List.of("id"),
                        "CASCADE", "RESTRICT", 59));
        assertThat(plan.indexes()).containsExactly(
                new IndexPlan("uq_users_email", "users", List.of(new IndexColumn("email", false)), true, null, null,
                        18),
                new IndexPlan("idx_users_name", "users", List.of(new IndexColumn("display_name", false),
                        new IndexColumn("created_at", false)), false, null, null, 18),
                new IndexPlan("ft_users_name", "users", List.of(new IndexColumn("display_name", false)), false, null,
                        "fulltext", 18),
                new IndexPlan("idx_posts_user", "posts", List.of(new IndexColumn("user_id", false),
                        new IndexColumn("id", true)), false, null, null, 47));
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text).contains(
                "users.updated_at: ON UPDATE CURRENT_TIMESTAMP is not kept (the model has no on-update default)",
                "Index idx_users_name on users: prefix length of display_name removed (the model indexes whole "
                        + "columns)");
    }

    @Test
    void mysqldump_settings_locks_data_drops_and_delimiter_blocks_are_skipped_with_their_lines() {
        ImportPlan plan = read("mysqldump.sql");
        // line 18's FULLTEXT key is an index of its own kind now, not skipped
        assertThat(plan.skipped()).extracting(Skipped::line).containsExactly(7, 8, 9, 15, 16, 17, 30, 36, 37,
                38, 39, 40, 46, 58, 66, 67, 70, 72);
        assertThat(reasonAt(plan, 67)).contains("trigger");
        assertThat(reasonAt(plan, 38)).contains("data");
        assertThat(reasonAt(plan, 36)).contains("lock");
    }

    @Test
    void sqlite_foreign_keys_may_point_at_tables_declared_later_and_default_to_the_primary_key() {
        ImportPlan plan = read("sqlite.sql");
        assertThat(plan.tables()).extracting(Table::name).containsExactly("tracks", "albums", "album_notes");
        assertThat(plan.table("tracks").orElseThrow().column("milliseconds").orElseThrow().check())
                .isEqualTo("milliseconds > 0");
        assertThat(plan.table("albums").orElseThrow().uniqueConstraints()).containsExactly(List.of("artist", "title"));
        assertThat(plan.table("album_notes").orElseThrow().uniqueConstraints()).containsExactly(List.of("album_id"));
        assertThat(plan.foreignKeys()).containsExactly(
                new ForeignKey(null, "tracks", List.of("album_id"), "albums", List.of("id"), "CASCADE", null, 3),
                new ForeignKey(null, "album_notes", List.of("album_id"), "albums", List.of("id"), "SET DEFAULT",
                        "NO ACTION", 16));
        assertThat(plan.indexes()).containsExactly(
                new IndexPlan("idx_tracks_album", "tracks", List.of(new IndexColumn("album_id", false),
                        new IndexColumn("title", true)), false, null, null, 23),
                new IndexPlan("uq_tracks_title", "tracks", List.of(new IndexColumn("album_id", false),
                        new IndexColumn("title", false)), true, "milliseconds IS NOT NULL", null, 24));
        assertThat(plan.skipped()).extracting(Skipped::line).containsExactly(1, 2, 9, 21, 22, 25, 28);
        assertThat(reasonAt(plan, 25)).contains("trigger");
    }

    @Test
    void h2_scripts_with_schema_qualified_constraints_are_read() {
        ImportPlan plan = read("h2.sql");
        assertThat(plan.tables()).extracting(Table::name).containsExactly("DEPARTMENTS", "EMPLOYEES");
        Table employees = plan.table("EMPLOYEES").orElseThrow();
        assertThat(employees.primaryKey()).containsExactly("ID");
        assertThat(employees.uniqueConstraints()).containsExactly(List.of("EMAIL"));
        assertThat(employees.comment()).isEqualTo("Staff");
        assertThat(employees.column("NOTES").orElseThrow().type()).isEqualTo("CHARACTER LARGE OBJECT");
        assertThat(plan.table("DEPARTMENTS").orElseThrow().column("BUDGET").orElseThrow())
                .isEqualTo(new Column("BUDGET", "NUMERIC", null, 14, 2, true, "0", null, null, false));
        assertThat(plan.foreignKeys()).containsExactly(new ForeignKey("FK_EMPLOYEES_DEPARTMENT", "EMPLOYEES",
                List.of("DEPARTMENT_ID"), "DEPARTMENTS", List.of("ID"), "SET NULL", null, 22));
        assertThat(plan.indexes()).containsExactly(new IndexPlan("IDX_EMPLOYEES_HIRED", "EMPLOYEES",
                List.of(new IndexColumn("HIRED_ON", true)), false, null, null, 20));
        assertThat(plan.skipped()).extracting(Skipped::line).containsExactly(2, 3, 19);
    }

    @Test
    void an_unterminated_string_is_an_error_with_its_line_and_column() {
        ImportPlan plan = SqlDumpReader.read("CREATE TABLE a (id int);\n\nCREATE TABLE b (\n  name varchar(10) DEFAULT 'x,\n  id int\n);\n",
                ImportDialect.POSTGRESQL);
        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(28);
            assertThat(e.reason()).contains("Unterminated string literal starting at line 4, column 28");
        });
        assertThat(plan.importable()).isFalse();
    }

    @Test
    void an_unterminated_dollar_body_is_an_error_with_its_line_and_column() {
        ImportPlan plan = SqlDumpReader.read("SET x = 1;\nCREATE FUNCTION f() RETURNS int AS $body$\nSELECT 1;\n",
                ImportDialect.AUTO);
        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(36);
            assertThat(e.reason()).contains("Unterminated $body$ body");
        });
    }

    @Test
    void a_column_jooq_cannot_parse_keeps_its_table_with_its_type_as_written_and_is_listed_with_its_position() {
        ImportPlan plan = SqlDumpReader.read("CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE b (\n  id int,\n"
                + "  x int NOT NULL NOT NULL DEFAULT DEFAULT\n);\nCREATE TABLE c (id int);\n", ImportDialect.POSTGRESQL);
        assertThat(plan.tables()).extracting(Table::name).containsExactly("a", "b", "c");
        assertThat(plan.table("b").orElseThrow().columns()).extracting(Column::name, Column::type, Column::nullable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "INT", true),
                        org.assertj.core.groups.Tuple.tuple("x", "INT", false));
        assertThat(plan.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(5);
            assertThat(s.column()).isEqualTo(3);
            assertThat(s.reason()).startsWith("jOOQ could not read this part of the table").contains("column x kept");
        });
    }

    @Test
    void a_statement_jooq_cannot_parse_at_all_is_skipped_with_the_parsers_position_and_the_rest_is_read() {
        ImportPlan plan = SqlDumpReader.read("CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE b\n  WITH OIDS (id int);\n"
                + "CREATE TABLE c (id int);\n", ImportDialect.POSTGRESQL);
        assertThat(plan.tables()).extracting(Table::name).containsExactly("a", "c");
        assertThat(plan.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(4);
            assertThat(s.column()).isPositive();
            assertThat(s.reason()).startsWith("jOOQ could not parse it");
        });
    }

    private static String reasonAt(ImportPlan plan, int line) {
        return plan.skipped().stream().filter(s -> s.line() == line).findFirst().orElseThrow().reason();
    }
}

package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.cli.CommandLineTest.run;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.cli.CommandLineTest.Result;

/** {@code import-dbml} and {@code export --format dbml}, run in-process on a data directory of their own. */
class ImportDbmlCommandTest {

    @TempDir
    Path work;

    @Test
    void import_dbml_creates_the_design_and_export_writes_it_back_as_dbml() throws IOException, URISyntaxException {
        Path dataDir = work.resolve("data");
        Path file = work.resolve("shop.dbml");
        Files.copy(Path.of(getClass().getResource("/dbml/rich.dbml").toURI()), file);

        Result imported = run("import-dbml", "--data-dir", dataDir.toString(), "--file", file.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith(file + ": Read as DBML for PostgreSQL: 8 tables, ")
                .contains("\nSkipped:\n  line 38, column 5: index idx_orders_expr of orders — on the expression")
                .contains("\nWarnings:\n  line ")
                .contains("many-to-many, imported through a new junction table products_tags")
                .contains("Imported \"shop\" (PostgreSQL) as admin: 8 entities, ");

        Path out = work.resolve("again.dbml");
        Result exported = run("export", "--data-dir", dataDir.toString(), "--design", "shop", "--format", "dbml",
                "--out", out.toString());
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(Files.readString(out)).contains("Project shop {\n  database_type: 'PostgreSQL'")
                .contains("Ref lines_of_order: order_lines.order_id > orders.id [delete: cascade]")
                .contains("TableGroup sales {\n  customers\n  order_lines\n  orders\n}");
    }

    @Test
    void a_broken_dbml_file_exits_1_with_line_and_column_and_creates_no_database() throws IOException {
        Path fresh = work.resolve("fresh");
        Path broken = work.resolve("broken.dbml");
        Files.writeString(broken, "Table a {\n  id int [pk]\n}\nRef: a.id > b.id\n");

        Result result = run("import-dbml", "--data-dir", fresh.toString(), "--file", broken.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(broken + ": The file cannot be imported: table b is not declared: "
                + "line 4, column 13. Nothing was imported.");
        assertThat(result.out()).isEmpty();
        assertThat(fresh).doesNotExist();
    }
}

package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} run in-process on real files, and on a design of a data directory. */
class DiffCommandTest {

    @TempDir
    static Path work;
    static Path v1;
    static Path v2;

    /** v2: the e-commerce design with the orders table renamed and audit_log's user_agent column dropped. */
    @BeforeAll
    static void twoVersionsOfTheEcommerceDesign() throws IOException, URISyntaxException {
        v1 = work.resolve("v1.json");
        Files.copy(Path.of(DiffCommandTest.class.getResource("/cli/ecommerce-design.json").toURI()), v1);
        String json = Files.readString(v1);
        String renamed = json.replace("\"name\": \"orders\"", "\"name\": \"purchases\"");
        int at = renamed.indexOf("\"name\": \"user_agent\"");
        int start = renamed.lastIndexOf("{", at);
        int end = renamed.indexOf("}", at) + 1;
        String withoutColumn = renamed.substring(0, start).replaceAll(",\\s*$", "") + renamed.substring(end);
        v2 = work.resolve("v2.json");
        Files.writeString(v2, withoutColumn);
    }

    @Test
    void two_design_files_are_compared_as_markdown_with_the_safety_findings() {
        CommandLineTest.Result result = CommandLineTest.run("diff", "--from-file", v1.toString(), "--to-file", v2.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("# Changes from v1.json to v2.json", "(elements matched by id)",
                "- **changed** `purchases`:", "  - name: `orders` → `purchases`", "- **removed** `audit_log.user_agent`",
                "**Data loss** `audit_log.user_agent`", "**Breaks readers** `purchases`");
    }

    @Test
    void the_migration_script_renames_and_its_rollback_restores() {
        CommandLineTest.Result forward = CommandLineTest.run("diff", "--from-file", v1.toString(), "--to-file",
                v2.toString(), "--format", "ddl-postgresql");
        assertThat(forward.status()).isZero();
        assertThat(forward.out()).contains("ALTER TABLE orders RENAME TO purchases;", "ALTER TABLE audit_log DROP user_agent;");
        CommandLineTest.Result rollback = CommandLineTest.run("diff", "--from-file", v1.toString(), "--to-file",
                v2.toString(), "--format", "ddl-mysql", "--direction", "rollback");
        assertThat(rollback.status()).isZero();
        assertThat(rollback.out()).contains("ALTER TABLE purchases RENAME TO orders;", "ALTER TABLE audit_log ADD user_agent");
    }

    @Test
    void json_output_lists_each_change_field_by_field() {
        CommandLineTest.Result result = CommandLineTest.run("diff", "--from-file", v1.toString(), "--to-file",
                v2.toString(), "--format", "json");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("\"matching\" : \"BY_ID\"", "\"field\" : \"name\"", "\"before\" : \"orders\"");
    }

    @Test
    void a_sql_dump_is_compared_with_a_design_file_by_name() throws IOException {
        Path dump = work.resolve("shop.sql");
        Files.writeString(dump, "CREATE TABLE audit_log (id BIGINT PRIMARY KEY, table_name VARCHAR(100));\n");
        CommandLineTest.Result result = CommandLineTest.run("diff", "--from-file", dump.toString(), "--to-file", v1.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("(elements matched by name)", "- **added** `orders`");
    }

    @Test
    void a_broken_file_is_refused_with_its_line_and_column() throws IOException {
        Path broken = work.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"schemaboard-design\",\n  oops\n}\n");
        CommandLineTest.Result result = CommandLineTest.run("diff", "--from-file", v1.toString(), "--to-file", broken.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains(broken.toString(), "line 3");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void versions_of_a_design_on_the_server_are_compared_and_a_missing_version_is_named() {
        Path dataDir = work.resolve("data");
        assertThat(CommandLineTest.run("import-json", "--data-dir", dataDir.toString(), "--file", v1.toString()).status())
                .isZero();
        CommandLineTest.Result same = CommandLineTest.run("diff", "--data-dir", dataDir.toString(), "--design",
                "E-commerce platform", "--from", "draft", "--to", "draft");
        assertThat(same.status()).as(same.err()).isZero();
        assertThat(same.out()).contains("# Changes from draft to draft", "No changes.");
        CommandLineTest.Result missing = CommandLineTest.run("diff", "--data-dir", dataDir.toString(), "--design",
                "E-commerce platform", "--from", "v1", "--to", "draft");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no approved version v1");
    }
}

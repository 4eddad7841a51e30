package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.cli.CommandLineTest.run;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.cli.CommandLineTest.Result;

/** {@code import-db}, run in-process against an in-memory H2 database of this JVM. */
class ImportDbCommandTest {

    @TempDir
    Path work;

    @Test
    void import_db_reads_the_password_from_stdin_and_creates_the_design() throws Exception {
        String url = "jdbc:h2:mem:formats21_cli;DB_CLOSE_DELAY=-1";
        InputStream stdin = System.in;
        try (Connection keep = DriverManager.getConnection(url, "owner", "cli-secret");
             Statement s = keep.createStatement()) {
            s.execute("CREATE TABLE a (id INT PRIMARY KEY); CREATE TABLE b (id INT PRIMARY KEY, a_id INT "
                    + "REFERENCES a(id) ON DELETE CASCADE)");
            System.setIn(new ByteArrayInputStream("cli-secret\n".getBytes(StandardCharsets.UTF_8)));
            Result result = run("import-db", "--data-dir", work.resolve("data").toString(), "--url", url, "--user",
                    "owner", "--password-stdin", "--name", "Live copy");

            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.out()).startsWith("Read the database " + url + ", schema PUBLIC (H2): 2 tables")
                    .contains("Imported \"Live copy\" (H2) as admin: 2 entities, 1 relationships")
                    .doesNotContain("cli-secret");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void an_unreachable_database_exits_1_with_a_sentence_and_creates_nothing() {
        Path fresh = work.resolve("fresh");
        Result result = run("import-db", "--data-dir", fresh.toString(), "--url",
                "jdbc:postgresql://127.0.0.1:1/shop", "--user", "x", "--name", "Shop");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("Could not reach the database at jdbc:postgresql://127.0.0.1:1/shop");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void a_password_on_the_command_line_is_not_an_option() {
        Result result = run("import-db", "--url", "jdbc:h2:mem:x", "--password", "visible", "--name", "X");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("import-db has no option --password");
    }
}

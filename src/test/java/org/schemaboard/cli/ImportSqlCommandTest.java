package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.cli.CommandLineTest.run;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.cli.CommandLineTest.Result;

/** {@code import-sql} run in-process on a data directory of its own, with the dumps of the SQL import tests. */
class ImportSqlCommandTest {

    @TempDir
    static Path work;
    static Path dataDir;
    static Path pgDump;
    static Result imported;

    @BeforeAll
    static void importAPgDumpIntoANewDataDirectory() throws IOException, URISyntaxException {
        dataDir = work.resolve("data");
        pgDump = copy("pg_dump.sql");
        imported = run("import-sql", "--data-dir", dataDir.toString(), "--name", "Shop", "--dialect", "postgresql",
                "--file", pgDump.toString());
    }

    @Test
    void import_sql_prints_what_was_found_skipped_and_warned_then_creates_the_design() {
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).startsWith(pgDump + ": Read as PostgreSQL: 4 tables, ")
                .contains("\nSkipped:\n  line 8: SET statement_timeout = 0 — session setting\n")
                .contains("\n  line 15: \\connect shop — psql meta-command\n")
                .contains("\nWarnings:\n  line ")
                .contains("orders.id: INTEGER with a nextval default imported as auto-increment INTEGER")
                .contains("Imported \"Shop\" (PostgreSQL) as admin: 4 entities, ");
        assertThat(run("list", "--data-dir", dataDir.toString()).out()).contains("Shop\tPostgreSQL\t");
    }

    @Test
    void a_mysqldump_is_detected_and_gets_a_mysql_design_owned_by_the_named_account() throws Exception {
        Result result = run("import-sql", "--data-dir", dataDir.toString(), "--name", "Shop on MySQL",
                "--file", copy("mysqldump.sql").toString(), "--owner", "admin");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("Read as MySQL / MariaDB: ").contains("Imported \"Shop on MySQL\" (MySQL)");
        assertThat(run("list", "--data-dir", dataDir.toString()).out()).contains("Shop on MySQL\tMySQL\t");
    }

    @Test
    void a_dump_with_many_findings_prints_the_first_fifty_of_each_kind_unless_told() throws IOException {
        StringBuilder dump = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            dump.append("SET statement_timeout = ").append(i).append(";\n");
        }
        dump.append("CREATE TABLE many_settings (id integer PRIMARY KEY);\n");
        Path file = work.resolve("many-findings.sql");
        Files.writeString(file, dump);

        Result capped = run("import-sql", "--data-dir", dataDir.toString(), "--name", "Many findings", "--dialect",
                "postgresql", "--file", file.toString());
        Result every = run("import-sql", "--data-dir", dataDir.toString(), "--name", "Many findings, all",
                "--dialect", "postgresql", "--file", file.toString(), "--all-findings");

        assertThat(capped.status()).as(capped.err()).isZero();
        assertThat(capped.out()).contains("\n  line 50: SET statement_timeout = 50 — session setting\n"
                        + "  … and 10 more (--all-findings prints every one)\n")
                .doesNotContain("line 51:").contains("Imported \"Many findings\"");
        assertThat(every.status()).as(every.err()).isZero();
        assertThat(every.out()).contains("\n  line 60: SET statement_timeout = 60 — session setting\n")
                .doesNotContain("more (--all-findings").contains("Imported \"Many findings, all\"");
    }

    @Test
    void a_truncated_dump_exits_1_with_line_and_column_and_creates_no_database() throws IOException {
        Path fresh = work.resolve("fresh");
        Path broken = work.resolve("truncated.sql");
        Files.writeString(broken, "CREATE TABLE a (id int);\nCREATE TABLE b (x text DEFAULT 'oops);\n");

        Result result = run("import-sql", "--data-dir", fresh.toString(), "--name", "Broken", "--file",
                broken.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith(broken + ": The file cannot be imported: Unterminated string "
                + "literal starting at line 2, column 32").endsWith("Nothing was imported.");
        assertThat(result.out()).isEmpty();
        assertThat(fresh).doesNotExist();
    }

    @Test
    void a_file_that_is_not_sql_exits_1_naming_the_first_statement_that_could_not_be_read() throws IOException {
        Path notSql = work.resolve("notes.sql");
        Files.writeString(notSql, "Remember to buy milk\nand bread;\n");

        Result result = run("import-sql", "--data-dir", dataDir.toString(), "--name", "Milk", "--file",
                notSql.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith(notSql + ": The file declares no tables that could be read; the first "
                + "statement that could not be read is at line 1, column 1: Remember to buy milk and bread");
        assertThat(run("list", "--data-dir", dataDir.toString()).out()).doesNotContain("Milk");
    }

    @Test
    void a_name_already_taken_exits_1_and_imports_nothing_more() {
        Result result = run("import-sql", "--data-dir", dataDir.toString(), "--name", "shop", "--file",
                pgDump.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("A design named \"shop\" already exists; choose another name");
        assertThat(run("list", "--data-dir", dataDir.toString()).out().lines().filter(l -> l.startsWith("Shop\t")))
                .hasSize(1);
    }

    @Test
    void a_missing_file_exits_1() {
        Path missing = work.resolve("missing.sql");

        Result result = run("import-sql", "--data-dir", dataDir.toString(), "--name", "X", "--file",
                missing.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot read " + missing + ": there is no such file");
    }

    @Test
    void wrong_usage_exits_2() {
        Result unknownDialect = run("import-sql", "--data-dir", dataDir.toString(), "--name", "X", "--dialect",
                "oracle", "--file", pgDump.toString());
        Result noName = run("import-sql", "--data-dir", dataDir.toString(), "--file", pgDump.toString());

        assertThat(unknownDialect.status()).isEqualTo(2);
        assertThat(unknownDialect.err()).startsWith("Unknown dialect oracle; use one of postgresql, mysql, sqlite, "
                + "h2, auto").contains("import-sql [--data-dir DIR] --file FILE --name NAME");
        assertThat(noName.status()).isEqualTo(2);
        assertThat(noName.err()).startsWith("import-sql needs --name");
    }

    private static Path copy(String dump) throws IOException, URISyntaxException {
        Path file = work.resolve(dump);
        Files.copy(Path.of(ImportSqlCommandTest.class.getResource("/sqlimport/" + dump).toURI()), file);
        return file;
    }
}

package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.schemaboard.security.DatabaseCredentials;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemaboard.CommandContext;
import org.schemaboard.export.DesignJson;

/**
 * The command line run in-process, as {@code java -jar schemaboard.jar …} runs it, on a data directory of its own that
 * the first {@code import-json} creates.
 */
class CommandLineTest {

    private static final String DESIGN = "E-commerce platform";

    @TempDir
    static Path work;
    static Path dataDir;
    static Path designFile;
    static Result seeded;

    record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void seedADataDirectoryByImportingTheEcommerceDesign() throws IOException, URISyntaxException {
        dataDir = work.resolve("data");
        designFile = work.resolve("ecommerce-design.json");
        Files.copy(Path.of(CommandLineTest.class.getResource("/cli/ecommerce-design.json").toURI()), designFile);
        seeded = run("import-json", "--data-dir", dataDir.toString(), "--file", designFile.toString());
    }

    @Test
    void import_json_into_a_new_data_directory_creates_the_design_owned_by_the_first_administrator() {
        assertThat(seeded.err()).doesNotContain("Exception");
        assertThat(seeded.status()).isZero();
        assertThat(seeded.out()).contains("Imported \"E-commerce platform\" from " + designFile + " as admin: "
                + "7 entities, 9 relationships, 8 indexes, 2 query patterns");
        assertThat(dataDir.resolve("schemaboard.mv.db")).isRegularFile();
    }

    @Test
    void list_prints_each_design_with_its_target_database_last_change_and_owner() {
        Result result = run("list", "--data-dir", dataDir.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out().lines()).anySatisfy(line ->
                assertThat(line).matches("E-commerce platform\tPostgreSQL\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\tadmin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html", "json", "ddl-postgresql", "ddl-mysql", "mermaid"})
    void export_writes_the_design_in_each_text_format(String format) throws IOException {
        Path out = work.resolve("design." + format);

        Result result = run("export", "--data-dir", dataDir.toString(), "--design", DESIGN, "--format", format,
                "--out", out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote " + out);
        String text = Files.readString(out);
        switch (format) {
            case "md" -> assertThat(text).contains("# Database Design Specification").contains("E-commerce platform")
                    .contains("order_items");
            case "html" -> assertThat(text).startsWith("<!DOCTYPE html>").contains("idx_users_status_created");
            case "json" -> assertThat(DesignJson.read(text).entities()).hasSize(7);
            case "ddl-postgresql" -> assertThat(text).contains("CREATE TABLE").contains("USING gin");
            case "ddl-mysql" -> assertThat(text).contains("CREATE TABLE").contains("order_items");
            case "mermaid" -> assertThat(text).contains("\nerDiagram\n");
            default -> throw new IllegalArgumentException(format);
        }
        assertThat(work).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void the_exported_h2_ddl_runs_on_a_fresh_h2_database() throws IOException, SQLException {
        Path out = work.resolve("schema-h2.sql");

        Result result = run("export", "--data-dir", dataDir.toString(), "--design", "e-commerce PLATFORM",
                "--format", "ddl-h2", "--out", out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:cli-ddl-h2;DB_CLOSE_DELAY=0", "sa", "");
             Statement s = c.createStatement()) {
            // H2 runs a ;-separated script, comments included, in one call
            s.execute(Files.readString(out));
            try (ResultSet tables = s.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                tables.next();
                assertThat(tables.getInt(1)).isEqualTo(7);
            }
        }
    }

    @Test
    void export_as_zip_writes_every_format_in_one_archive() throws IOException {
        Path out = work.resolve("handover.zip");

        Result result = run("export", "--data-dir", dataDir.toString(), "--design", DESIGN, "--format", "zip",
                "--out", out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        // the diagram as SVG last: the overview of the whole design (this one has no subject areas); no version is
        // approved, so migrations/ holds only the note that says why it has no scripts
        assertThat(names).containsExactly("database-design.md", "database-design.html", "schema-postgresql.sql",
                "schema-mysql.sql", "schema-h2.sql", "erd.mmd", "erd.puml", "schema.dbml", "design.json",
                "migrations/README.md", "erd.svg");
    }

    @Test
    void an_exported_json_imports_again_as_a_second_design_under_the_given_name_and_owner() throws IOException {
        Path out = work.resolve("again.json");
        assertThat(run("export", "--data-dir", dataDir.toString(), "--design", DESIGN, "--format", "json",
                "--out", out.toString()).status()).isZero();

        Result imported = run("import-json", "--data-dir=" + dataDir, "--file", out.toString(),
                "--name", "Shop copy", "--owner", "admin");

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(run("list", "--data-dir", dataDir.toString()).out()).contains("E-commerce platform\t")
                .contains("Shop copy\tPostgreSQL\t");
    }

    @Test
    void wrong_usage_exits_2_with_the_usage_text() {
        assertUsage(run(), "Name a command");
        assertUsage(run("export", "--data-dir", dataDir.toString(), "--design", DESIGN, "--format", "pdf",
                "--out", "x.pdf"), "Unknown format pdf; use one of zip, md, html, json, ddl-postgresql, ddl-mysql, "
                + "ddl-h2, mermaid");
        assertUsage(run("export", "--data-dir", dataDir.toString(), "--design", DESIGN, "--format", "md"),
                "export needs --out");
        assertUsage(run("list", "--data-dir"), "--data-dir needs a value");
        assertUsage(run("list", "--design", DESIGN), "list has no option --design");
        assertUsage(run("import-json", "design.json"), "Unexpected argument \"design.json\"");
    }

    @Test
    void help_and_version_answer_at_once_and_any_other_word_is_wrong_usage_not_a_server_start() {
        for (String help : List.of("help", "--help", "-h")) {
            Result result = run(help);
            assertThat(result.status()).as(help).isZero();
            assertThat(result.out()).as(help).startsWith("Usage:").contains("import-sql").contains("--version");
            assertThat(result.err()).as(help).isEmpty();
        }
        Result version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("Schemaboard ");
        // what Application.main hands to the command line rather than to the server
        assertThat(CommandLine.isCommand(new String[] {"lint"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--version"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=8081"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
        assertUsage(run("lsit", "--data-dir", dataDir.toString()), "Unknown command lsit");
    }

    @Test
    void an_unknown_design_exits_1_naming_the_designs_there() {
        Result result = run("export", "--data-dir", dataDir.toString(), "--design", "Billing", "--format", "md",
                "--out", work.resolve("billing.md").toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("No design named \"Billing\" in " + dataDir + "; its designs are ")
                .contains("\"E-commerce platform\"");
        assertThat(work.resolve("billing.md")).doesNotExist();
    }

    @Test
    void a_malformed_design_file_exits_1_with_its_line_and_column() throws IOException {
        Path broken = work.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"schemaboard-design\",\n  \"formatVersion\": 1\n  \"design\": {}\n}");

        Result result = run("import-json", "--data-dir", dataDir.toString(), "--file", broken.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith(broken + ": Not valid JSON at line 4, column 3: Unexpected character");
    }

    @Test
    void an_output_file_that_cannot_be_written_exits_1() {
        Path nowhere = work.resolve("no-such-folder").resolve("design.md");

        Result result = run("export", "--data-dir", dataDir.toString(), "--design", DESIGN, "--format", "md",
                "--out", nowhere.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot write " + nowhere + ": the directory " + nowhere.getParent()
                + " does not exist");
    }

    @Test
    void a_directory_without_a_database_exits_1_and_stays_empty() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));

        Result result = run("list", "--data-dir", empty.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("There is no Schemaboard database in " + empty);
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void an_unknown_owner_exits_1_and_imports_nothing() {
        Result result = run("import-json", "--data-dir", dataDir.toString(), "--file", designFile.toString(),
                "--owner", "nobody");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("There is no account \"nobody\" in " + dataDir);
        assertThat(run("list", "--data-dir", dataDir.toString()).out()).doesNotContain("(imported");
    }

    @Test
    void a_database_open_in_another_process_exits_1_saying_the_server_is_running() throws Exception {
        Process holder = holdDatabase(dataDir);
        try {
            Result result = run("list", "--data-dir", dataDir.toString());

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err().strip()).isEqualTo("The database in " + dataDir + " is in use by a running "
                    + "Schemaboard server; stop it or use the server's export button");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(run("list", "--data-dir", dataDir.toString()).out()).as("the database is intact")
                .contains("E-commerce platform\t");
    }

    @Test
    void a_database_of_another_schema_version_is_refused_and_left_unmigrated() {
        Path older = work.resolve("older");
        String url = "jdbc:h2:file:" + older.resolve("schemaboard");
        // as an older server leaves it: its migrations up to V7, the empty password of older versions
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").target("7").load()
                .migrate();

        Result result = run("list", "--data-dir", older.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("The database in " + older + " is at schema version 7, and this "
                + "Schemaboard's command line is at version " + InstanceBackup.knownSchemaVersion() + ".")
                .contains("Use the command line of the same jar as the server. Nothing was changed.");
        assertThat(Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").load().info()
                .current().getVersion().getVersion()).as("not migrated").isEqualTo("7");
    }

    private static void assertUsage(Result result, String message) {
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith(message).contains("Usage:").contains("import-json");
        assertThat(result.out()).isEmpty();
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(CommandContext.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Another JVM that opens the H2 database, as a running server does, until its standard input closes. */
    private static Process holdDatabase(Path dataDir) throws Exception {
        Path source = work.resolve("HoldDatabase.java");
        Files.writeString(source, """
                public class HoldDatabase {
                    public static void main(String[] args) throws Exception {
                        try (var c = java.sql.DriverManager.getConnection(
                                "jdbc:h2:file:" + args[0] + "/schemaboard", "sa", args[1])) {
                            System.out.println("open");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """);
        String h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", h2, source.toString(), dataDir.toString(),
                DatabaseCredentials.storedPassword(dataDir).orElse(""))
                .redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = reader.readLine();
        assertThat(line).as("the holding process opened the database").isEqualTo("open");
        return process;
    }
}

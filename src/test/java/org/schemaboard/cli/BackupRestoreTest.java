package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.Application;
import org.schemaboard.cli.CommandLineTest.Result;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.security.UserAdministration;
import org.schemaboard.security.DatabaseCredentials;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backup of a running instance from another process, restore into a new data directory, and the instance started on
 * it holds exactly what the original held at backup time: every row of every table (designs, model, accounts, audit
 * log, schema history), and the same design model through the services.
 */
class BackupRestoreTest {

    private static final String HISTORY = "flyway_schema_history";

    @TempDir
    static Path work;
    static Path dataDir;
    static Path backup;
    static ConfigurableApplicationContext running;
    static Map<String, List<String>> atBackup;
    static Result backedUp;

    @BeforeAll
    static void backUpARunningInstanceFromAnotherProcess() throws Exception {
        dataDir = work.resolve("data");
        running = start(dataDir, true);
        as(running, "alice", () -> running.getBean(UserAdministration.class).create(
                new UserAdministration.NewUser("nora", "Nora Quist", "nora@example.com", "welcome-nora", false)));
        atBackup = allRows(running.getBean(DataSource.class));

        backup = work.resolve("instance.zip");
        backedUp = runInAnotherJvm("backup", "--data-dir", dataDir.toString(), "--out", backup.toString());

        // the instance goes on: this change is after the backup and must not be in it
        as(running, "alice", () -> running.getBean(UserAdministration.class).create(
                new UserAdministration.NewUser("later", "Later User", null, "welcome-later", false)));
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void the_backup_of_the_running_instance_is_a_zip_with_a_manifest_and_every_tables_rows() throws IOException {
        assertThat(backedUp.err()).isEmpty();
        assertThat(backedUp.status()).isZero();
        assertThat(backedUp.out()).contains("Wrote " + backup + ": 5 accounts, 1 design");
        PortableFormat.Manifest manifest = PortableRestore.verify(backup);
        assertThat(manifest.format()).isEqualTo("schemaboard-backup");
        assertThat(manifest.sourceDatabase()).isEqualTo("H2");
        assertThat(manifest.schemaVersion()).isEqualTo(InstanceBackup.knownSchemaVersion());
        assertThat(manifest.rows("app_user")).isEqualTo(5);
        assertThat(manifest.tables()).extracting(PortableFormat.Table::sha256).allSatisfy(sum ->
                assertThat(sum).hasSize(64));
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("tables/app_user.jsonl")).isNotNull();
            assertThat(zip.getEntry("schemaboard.mv.db")).as("no database file: rows only").isNull();
        }
    }

    @Test
    void a_restored_instance_starts_and_holds_every_row_and_the_same_designs_as_at_backup_time() throws Exception {
        Path restored = work.resolve("restored");

        Result result = CommandLineTest.run("restore", "--data-dir", restored.toString(), "--file", backup.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Restored " + backup + " into " + restored + ": 5 accounts, 1 design");
        // in demo mode like the original: outside it, the start would disable the demo accounts (a change of its own)
        try (ConfigurableApplicationContext copy = start(restored, true)) {
            Map<String, List<String>> rows = allRows(copy.getBean(DataSource.class));
            // the schema history is the restoring build's own (times differ); its versions are the same
            assertThat(versions(rows.remove(HISTORY))).isEqualTo(versions(atBackup.get(HISTORY)));
            assertThat(rows.keySet()).containsExactlyElementsOf(atBackup.keySet().stream()
                    .filter(t -> !t.equals(HISTORY)).toList());
            assertThat(rows.keySet()).contains("APP_USER", "DESIGN", "ENTITY", "ATTRIBUTE", "RELATIONSHIP",
                    "ENTITY_INDEX", "QUERY_PATTERN", "AUDIT_LOG");
            rows.forEach((table, restoredRows) -> assertThat(restoredRows).as(table)
                    .containsExactlyElementsOf(atBackup.get(table)));
            assertThat(rows.get("ENTITY")).hasSizeGreaterThan(5);
            assertThat(String.join("\n", rows.get("APP_USER"))).contains("nora").doesNotContain("later");

            DesignModel original = demoDesign(running);
            DesignModel copied = demoDesign(copy);
            assertThat(copied).isEqualTo(original);
        }
    }

    @Test
    void restore_refuses_a_non_empty_directory_without_force_and_replaces_with_force_keeping_the_old_one()
            throws Exception {
        Path target = work.resolve("occupied");
        assertThat(CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", backup.toString())
                .status()).isZero();
        Files.writeString(target.resolve("note.txt"), "keep me");
        String before = sha256(target.resolve("schemaboard.mv.db"));

        Result refused = CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", backup.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).startsWith(target + " is not empty. Restore into an empty directory, or add --force");
        assertThat(sha256(target.resolve("schemaboard.mv.db"))).isEqualTo(before);

        Result forced = CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", backup.toString(),
                "--force");

        assertThat(forced.status()).isZero();
        assertThat(forced.out()).contains("The database that was there is now in " + target + "/replaced-");
        assertThat(target.resolve("schemaboard.mv.db")).isRegularFile();
        assertThat(target.resolve("note.txt")).hasContent("keep me");
        try (var aside = Files.list(target)) {
            Path replaced = aside.filter(p -> p.getFileName().toString().startsWith("replaced-")).findFirst()
                    .orElseThrow();
            assertThat(sha256(replaced.resolve("schemaboard.mv.db"))).isEqualTo(before);
        }
    }

    @Test
    void restore_with_force_refuses_the_database_of_a_running_server() throws Exception {
        String before = allRows(running.getBean(DataSource.class)).toString();

        // another process, as in life: within this JVM, H2 would share the open database instead of refusing
        Result result = runInAnotherJvm("restore", "--data-dir", dataDir.toString(), "--file", backup.toString(),
                "--force");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("The database in " + dataDir + " is in use by a running "
                + "Schemaboard server; stop it before restoring over it. Nothing was restored.");
        assertThat(allRows(running.getBean(DataSource.class)).toString()).isEqualTo(before);
        try (var entries = Files.list(dataDir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("replaced-"));
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_and_nothing_is_written() throws Exception {
        Path text = Files.writeString(work.resolve("notes.txt"), "just text");
        Path foreign = work.resolve("foreign.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(foreign))) {
            zip.putNextEntry(new ZipEntry("database-design.md"));
            zip.write("# A design".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path target = work.resolve("untouched");

        Result notZip = CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", text.toString());
        Result notOurs = CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", foreign.toString());

        assertThat(notZip.status()).isEqualTo(1);
        assertThat(notZip.err().strip()).isEqualTo(text + " is not a Schemaboard backup: it is not a ZIP file. "
                + "Nothing was restored.");
        assertThat(notOurs.status()).isEqualTo(1);
        assertThat(notOurs.err().strip()).isEqualTo(foreign + " is not a Schemaboard backup: it has no "
                + "schemaboard-backup.json. Nothing was restored.");
        assertThat(target).doesNotExist();
        assertNoTemporaryFolderLeft();
    }

    @Test
    void a_damaged_backup_is_refused_and_the_data_directory_keeps_its_database() throws Exception {
        // one letter of a design's name changed, the JSON still well-formed: only the checksum can tell
        Path damaged = rewritten("damaged.zip", (name, text) -> name.equals("tables/design.jsonl")
                ? text.replace("E-commerce platform", "E-commerce platfor_") : text);
        Path target = work.resolve("kept");
        assertThat(CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", backup.toString())
                .status()).isZero();
        String before = sha256(target.resolve("schemaboard.mv.db"));

        Result result = CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", damaged.toString(),
                "--force");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(damaged + " is damaged: the rows of the table design do not "
                + "match the checksum in its manifest. Nothing was restored.");
        assertThat(sha256(target.resolve("schemaboard.mv.db"))).isEqualTo(before);
        try (var entries = Files.list(target)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("schemaboard.mv.db",
                    DatabaseCredentials.PASSWORD_FILE);
        }
        assertNoTemporaryFolderLeft();
    }

    @Test
    void a_backup_from_a_newer_version_or_of_an_unknown_schema_version_is_refused_and_nothing_is_written()
            throws Exception {
        Path newer = rewritten("newer.zip", (name, text) -> name.equals(PortableFormat.MANIFEST)
                ? text.replaceFirst("\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"99\"") : text);
        Path unknown = rewritten("unknown.zip", (name, text) -> name.equals(PortableFormat.MANIFEST)
                ? text.replaceFirst("\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"7.5\"") : text);
        Path target = work.resolve("not-for-newer");

        Result result = CommandLineTest.run("restore", "--data-dir", target.toString(), "--file", newer.toString());
        Result mismatch = CommandLineTest.run("restore", "--data-dir", target.toString(), "--file",
                unknown.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(newer + " was made by a newer Schemaboard: its database schema "
                + "is at version 99, and this version knows up to " + InstanceBackup.knownSchemaVersion()
                + ". Restore it with the version that made it (or a newer one). Nothing was restored.");
        assertThat(mismatch.status()).isEqualTo(1);
        assertThat(mismatch.err().strip()).isEqualTo(unknown + " is at schema version 7.5, which is not a version "
                + "of this Schemaboard's schema (its versions go up to " + InstanceBackup.knownSchemaVersion()
                + "). Nothing was restored.");
        assertThat(target).doesNotExist();
        assertNoTemporaryFolderLeft();
    }

    /** A copy of the backup with some entries' text changed. */
    private static Path rewritten(String name, java.util.function.BinaryOperator<String> change) throws IOException {
        Path copy = work.resolve(name);
        try (ZipFile zip = new ZipFile(backup.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String text;
                try (InputStream in = zip.getInputStream(entry)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change.apply(entry.getName(), text).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return copy;
    }

    private static List<String> versions(List<String> historyRows) {
        return historyRows.stream().map(r -> r.replaceAll(".*\\|version=([^|]*)\\|.*", "$1")).sorted().toList();
    }

    @Test
    void wrong_usage_exits_2_and_a_missing_database_exits_1() throws IOException {
        assertThat(CommandLineTest.run("restore", "--data-dir", work.resolve("x").toString()).status()).isEqualTo(2);
        assertThat(CommandLineTest.run("backup", "--data-dir", dataDir.toString()).status()).isEqualTo(2);
        Path empty = Files.createDirectories(work.resolve("no-database"));
        Result result = CommandLineTest.run("backup", "--data-dir", empty.toString(), "--out",
                work.resolve("nothing.zip").toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("There is no Schemaboard database in " + empty);
        assertThat(work.resolve("nothing.zip")).doesNotExist();
    }

    private static void assertNoTemporaryFolderLeft() throws IOException {
        try (var entries = Files.list(work)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".schemaboard-restore-") || n.startsWith(".schemaboard-backup-"));
        }
    }

    private static DesignModel demoDesign(ConfigurableApplicationContext context) {
        return as(context, "alice", () -> {
            DesignSummary design = context.getBean(DesignService.class).listMine().stream()
                    .filter(d -> d.name().equals("E-commerce platform")).findFirst().orElseThrow();
            return context.getBean(DesignModelService.class).load(design.id());
        });
    }

    private static <T> T as(ConfigurableApplicationContext context, String username, java.util.function.Supplier<T> work) {
        return context.getBean(CurrentUser.class).runAs(username, work);
    }

    /** The application on a data directory, as the server runs it but without the web (no port, no Vaadin). */
    private static ConfigurableApplicationContext start(Path dataDir, boolean demo) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run("--schemaboard.data-dir=" + dataDir, "--schemaboard.demo=" + demo,
                        "--spring.main.banner-mode=off",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }

    /** Every row of every table of ours, as text, sorted: table name → rows. */
    private static Map<String, List<String>> allRows(DataSource dataSource) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection db = dataSource.getConnection(); Statement st = db.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.append(meta.getColumnName(c)).append('=').append(rs.getString(c)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(name, rows);
            }
        }
        return tables;
    }

    private static Result runInAnotherJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        Path out = work.resolve("child.out");
        Path err = work.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the backup finishes").isTrue();
        return new Result(child.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(new OutputStream() {
                @Override
                public void write(int b) {
                    digest.update((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    digest.update(b, off, len);
                }
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.Application;
import org.schemaboard.cli.CommandLineTest.Result;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;
import org.schemaboard.review.ReviewService;
import org.schemaboard.security.CurrentUser;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Moving house: an H2 instance's backup restored into an empty PostgreSQL database holds every row the H2 database
 * held, the instance starts on PostgreSQL and shows the same design; the PostgreSQL instance's backup restored into a
 * new H2 data directory holds every row again. Runs where {@code SCHEMABOARD_TEST_PG_URL} names a PostgreSQL server
 * (CI starts one); each run makes databases of its own there and drops them.
 */
@EnabledIfEnvironmentVariable(named = "SCHEMABOARD_TEST_PG_URL", matches = ".+")
class BackupAcrossDatabasesTest {

    private static final String SERVER = System.getenv("SCHEMABOARD_TEST_PG_URL");
    private static final String MOVED = "sb_backup_moved";
    private static final String OCCUPIED = "sb_backup_occupied";

    @TempDir
    static Path work;
    static ConfigurableApplicationContext h2;
    static Map<String, List<String>> h2Rows;
    static DesignModel h2Design;
    static Path fromH2;

    @BeforeAll
    static void backUpAnH2InstanceWithCommentsAndApprovedVersions() throws Exception {
        h2 = start("--schemaboard.data-dir=" + work.resolve("h2"));
        DesignSummary demo = demoDesign(h2);
        // history and comments beyond the demo's: a comment thread of bob's on the design
        as(h2, "bob", () -> h2.getBean(CommentService.class).startThread(demo.id(),
                ElementRef.of(ElementRef.DESIGN, demo.id(), demo.name()), "Moving to PostgreSQL?", false));
        // and an approved version (the demo's two errors suppressed first, with a reason: also rows to move)
        as(h2, "alice", () -> {
            var checks = h2.getBean(org.schemaboard.checks.ChecksService.class);
            checks.open(demo.id()).stream().filter(c -> c.severity() == org.schemaboard.spec.Check.Severity.ERROR)
                    .forEach(c -> checks.suppress(demo.id(), c, "Accepted for the move"));
            return null;
        });
        as(h2, "alice", () -> h2.getBean(ReviewService.class).requestReview(demo.id(), List.of("rita"), "Ready"));
        as(h2, "rita", () -> h2.getBean(ReviewService.class).approve(demo.id(), "Approved before the move"));
        try (Connection db = h2.getBean(DataSource.class).getConnection()) {
            h2Rows = DatabaseRows.of(db);
        }
        h2Design = model(h2, demo);
        fromH2 = work.resolve("from-h2.zip");
        Result backup = CommandLineTest.run("backup", "--data-dir", work.resolve("h2").toString(), "--out",
                fromH2.toString());
        assertThat(backup.err()).isEmpty();
    }

    @AfterAll
    static void stop() throws Exception {
        if (h2 != null) {
            h2.close();
        }
        DatabaseRows.dropPostgresDatabase(SERVER, MOVED);
        DatabaseRows.dropPostgresDatabase(SERVER, OCCUPIED);
    }

    @Test
    void an_h2_instance_moves_to_postgresql_with_every_row_starts_there_and_moves_back() throws Exception {
        String postgres = DatabaseRows.newPostgresDatabase(SERVER, MOVED);

        // the command line as an operator runs it: the target named the way the server is told its database
        Result restored = runInAnotherJvm(postgres, "restore", "--file", fromH2.toString());

        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored " + fromH2 + " into jdbc:postgresql://").contains("4 accounts");
        // only the command's own sentences: none of Flyway's step-by-step log lines
        assertThat(restored.out().lines()).hasSize(1);
        assertThat(restored.err()).isEmpty();
        Map<String, List<String>> pgRows = DatabaseRows.of(postgres);
        assertThat(pgRows.keySet()).isEqualTo(h2Rows.keySet());
        h2Rows.forEach((table, rows) -> assertThat(pgRows.get(table)).as(table).containsExactlyElementsOf(rows));
        assertThat(pgRows.get("comment_thread")).isNotEmpty();
        assertThat(pgRows.get("review_decision")).as("approved versions").isNotEmpty();
        assertThat(pgRows.get("audit_log")).hasSizeGreaterThan(10);

        // the command line reads the restored database where the server is told it is, with no data directory
        Result listed = runInAnotherJvm(postgres, "list");
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(h2Design.name() + "\t");

        try (ConfigurableApplicationContext onPostgres = start("--spring.datasource.url=" + postgres)) {
            assertThat(model(onPostgres, demoDesign(onPostgres))).isEqualTo(h2Design);
            // identities go on after the restored rows: a new audit row does not collide
            as(onPostgres, "bob", () -> onPostgres.getBean(CommentService.class).startThread(
                    h2Design.designId(), ElementRef.of(ElementRef.DESIGN, h2Design.designId(), h2Design.name()),
                    "Restored and working", false));
        }

        Path fromPostgres = work.resolve("from-postgres.zip");
        InstanceBackup.backup(postgres, null, null, "the test database", fromPostgres);
        Map<String, List<String>> pgNow = DatabaseRows.of(postgres);
        Result back = CommandLineTest.run("restore", "--data-dir", work.resolve("back").toString(), "--file",
                fromPostgres.toString());
        assertThat(back.err()).isEmpty();
        try (ConfigurableApplicationContext backOnH2 = start("--schemaboard.data-dir=" + work.resolve("back"))) {
            try (Connection db = backOnH2.getBean(DataSource.class).getConnection()) {
                Map<String, List<String>> h2Again = DatabaseRows.of(db);
                pgNow.forEach((table, rows) -> assertThat(h2Again.get(table)).as(table)
                        .containsExactlyElementsOf(rows));
            }
            assertThat(String.join("\n", pgNow.get("design_comment"))).contains("Restored and working");
        }
    }

    @Test
    void restore_into_a_postgresql_database_that_is_not_empty_is_refused_and_changes_nothing() throws Exception {
        String postgres = DatabaseRows.newPostgresDatabase(SERVER, OCCUPIED);
        try (Connection db = java.sql.DriverManager.getConnection(postgres);
             java.sql.Statement st = db.createStatement()) {
            st.execute("CREATE TABLE someone_elses (id INTEGER PRIMARY KEY)");
            st.execute("INSERT INTO someone_elses VALUES (1)");
        }
        Map<String, List<String>> before = DatabaseRows.of(postgres);

        Result result = runInAnotherJvm(postgres, "restore", "--file", fromH2.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("The database at " + postgres + " is not empty: restore into an "
                + "empty database (a new one, or its schema dropped). Nothing was restored.");
        assertThat(DatabaseRows.of(postgres)).isEqualTo(before);
    }

    private static DesignSummary demoDesign(ConfigurableApplicationContext context) {
        return as(context, "alice", () -> context.getBean(DesignService.class).listMine().stream()
                .filter(d -> d.name().equals("E-commerce platform")).findFirst().orElseThrow());
    }

    private static DesignModel model(ConfigurableApplicationContext context, DesignSummary design) {
        return as(context, "alice", () -> context.getBean(DesignModelService.class).load(design.id()));
    }

    private static <T> T as(ConfigurableApplicationContext context, String username,
                            java.util.function.Supplier<T> work) {
        return context.getBean(CurrentUser.class).runAs(username, work);
    }

    /** The application in demo mode, as the server runs it but without the web. */
    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run(database, "--schemaboard.demo=true", "--spring.main.banner-mode=off",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }

    private static Result runInAnotherJvm(String databaseUrl, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "child", ".out");
        Path err = Files.createTempFile(work, "child", ".err");
        ProcessBuilder child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .directory(work.toFile()); // elsewhere than the project: its db/ folder is no class path root
        child.environment().put("SCHEMABOARD_DATABASE_URL", databaseUrl);
        Process process = child.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}

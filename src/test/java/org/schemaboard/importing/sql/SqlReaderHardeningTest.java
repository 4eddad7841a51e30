package org.schemaboard.importing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile dumps: input built so that a reader doing more than one pass, or recursing per character, takes hours or
 * overflows its stack. Each is read within a time bound (on its own thread, so a regression fails the test instead of
 * hanging the build), and what cannot be read is refused with its line and column.
 */
class SqlReaderHardeningTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hostile-dump");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private ImportPlan readWithin(Duration bound, String sql, ImportDialect dialect) throws Exception {
        Future<ImportPlan> plan = worker.submit(() -> SqlDumpReader.read(sql, dialect));
        try {
            return plan.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            plan.cancel(true);
        }
    }

    @Test
    void megabytes_of_blanks_before_a_statement_are_read_in_linear_time() throws Exception {
        // each blank used to be followed by a look back to the start of its line: 2 MB of them is 2·10¹² steps
        String sql = " ".repeat(2_000_000) + "CREATE TABLE t (id int PRIMARY KEY);\n" + "\t ".repeat(500_000)
                + "\nCREATE TABLE u (id int);\n";

        ImportPlan plan = readWithin(Duration.ofSeconds(3), sql, ImportDialect.POSTGRESQL);

        assertThat(plan.tables()).extracting(ImportPlan.Table::name).containsExactly("t", "u");
        assertThat(plan.table("u").orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void a_trigger_body_with_a_million_semicolons_is_read_in_linear_time() throws Exception {
        // every semicolon used to re-run two regular expressions over the whole trigger read so far
        StringBuilder sql = new StringBuilder("CREATE TABLE t (id int);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n");
        sql.append("SELECT 1;".repeat(1_000_000));
        sql.append("\nEND;\nCREATE TABLE u (id int);\n");

        long started = System.nanoTime();
        StatementSplitter.Result split = worker.submit(() -> StatementSplitter.split(sql.toString(), false))
                .get(5, TimeUnit.SECONDS);

        assertThat(split.statements()).hasSize(3);
        assertThat(split.statements().get(1).text()).startsWith("CREATE TRIGGER tr").endsWith("SELECT 1;\nEND");
        assertThat(split.statements().get(2).line()).isEqualTo(5);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void semicolons_in_a_trigger_body_still_do_not_end_it_and_its_end_does() throws Exception {
        StatementSplitter.Result split = StatementSplitter.split(String.join("\n",
                "CREATE TEMP TRIGGER tr AFTER INSERT ON t FOR EACH ROW begin",
                "  UPDATE t SET n = 'end'; -- end;",
                "  UPDATE t SET backend = 1;",
                "END  ;",
                "CREATE TRIGGER no_body AFTER INSERT ON t EXECUTE FUNCTION f();",
                "SELECT 1;"), false);

        assertThat(split.statements()).extracting(StatementSplitter.Statement::line).containsExactly(1, 5, 6);
        assertThat(split.statements().get(0).text()).endsWith("UPDATE t SET backend = 1;\nEND");
    }

    @Test
    void a_delimiter_longer_than_a_client_would_take_is_refused_with_its_line_and_column() throws Exception {
        String sql = "CREATE TABLE t (id int);\n  DELIMITER " + "x".repeat(300_000) + "\n" + "x".repeat(300_000);

        ImportPlan plan = readWithin(Duration.ofSeconds(3), sql, ImportDialect.MYSQL);

        assertThat(plan.importable()).isFalse();
        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(3);
        });
        assertThat(plan.problem()).contains("line 2, column 3");
    }

    @Test
    void parentheses_nested_too_deeply_for_the_parser_are_an_error_naming_the_statement() throws Exception {
        String check = "(".repeat(50_000) + "id > 0" + ")".repeat(50_000);
        String sql = "CREATE TABLE ok (id int);\n\n   CREATE TABLE deep (id int CHECK " + check + ");\n";

        ImportPlan plan = readWithin(Duration.ofSeconds(10), sql, ImportDialect.POSTGRESQL);

        assertThat(plan.importable()).isFalse();
        assertThat(plan.problem()).contains("line 3, column 4").contains("nested too deeply");
        assertThat(plan.errors()).extracting(ImportPlan.Skipped::line).containsExactly(3);
    }

    @Test
    void long_comments_and_literals_are_read_without_overflowing_a_regular_expression() throws Exception {
        // each character of a literal used to be one level of recursion: 2,000 characters overflowed the stack
        String comment = "it''s long, \\'quoted\\' ".repeat(20_000);
        String sql = "CREATE TABLE `t` (\n  `a` int COMMENT '" + comment + "'\n) ENGINE=InnoDB COMMENT='"
                + "x".repeat(2048) + "';\n";
        String pg = "CREATE TABLE p (a text DEFAULT cast('" + "it''s ".repeat(100_000) + "' AS text), b int);\n";

        ImportPlan mysql = readWithin(Duration.ofSeconds(10), sql, ImportDialect.MYSQL);
        ImportPlan postgres = readWithin(Duration.ofSeconds(10), pg, ImportDialect.POSTGRESQL);

        assertThat(mysql.problem()).isNull();
        assertThat(mysql.table("t").orElseThrow().comment()).hasSize(2048);
        assertThat(mysql.table("t").orElseThrow().column("a").orElseThrow().comment())
                .isEqualTo("it's long, 'quoted' ".repeat(20_000))
                .startsWith("it's long, 'quoted' it's");
        assertThat(postgres.problem()).isNull();
        assertThat(postgres.table("p").orElseThrow().column("a").orElseThrow().defaultValue())
                .isEqualTo("'" + "it''s ".repeat(100_000) + "'");
    }

    @Test
    void an_interrupted_read_stops_with_a_cancellation() throws Exception {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, name varchar(40) NOT NULL);\n");
        }
        Future<ImportPlan> reading = worker.submit(() -> SqlDumpReader.read(sql.toString(), ImportDialect.POSTGRESQL));
        Thread.sleep(300);
        reading.cancel(true);

        // the worker is free again soon: the read stopped instead of running to its end
        Future<String> next = worker.submit(() -> "free");
        assertThat(next.get(2, TimeUnit.SECONDS)).isEqualTo("free");
    }

    @Test
    void reading_on_an_interrupted_thread_throws_read_cancelled() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> StatementSplitter.split("SELECT 1;\n".repeat(100_000), false))
                    .isInstanceOf(ReadCancelledException.class);
        } finally {
            Thread.interrupted();
        }
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SqlDumpReader.read("CREATE TABLE t (id int);", ImportDialect.POSTGRESQL))
                    .isInstanceOf(ReadCancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }
}

package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.cli.CommandLineTest.Result;

/** {@code lint} as CI runs it: on real files, with exit status 1 exactly when findings reach {@code --fail-on}. */
class LintCommandTest {

    /**
     * orders.user_id is INTEGER but users.id BIGINT; the total is a DOUBLE; the foreign key has no index (and there is
     * no index at all) and is left at the default ON DELETE (a note).
     */
    private static final String FLAWED_DUMP = """
            CREATE TABLE users (
                id BIGINT PRIMARY KEY,
                email VARCHAR(255) NOT NULL UNIQUE
            );
            CREATE TABLE orders (
                id BIGINT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users (id),
                total DOUBLE PRECISION NOT NULL,
                created_at TIMESTAMP WITH TIME ZONE NOT NULL
            );
            """;
    /** The same shop done right, except that nothing is indexed (two warnings). */
    private static final String WARNING_ONLY_DUMP = """
            CREATE TABLE users (
                id BIGINT PRIMARY KEY,
                email VARCHAR(255) NOT NULL UNIQUE
            );
            CREATE TABLE orders (
                id BIGINT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users (id),
                total DECIMAL(12,2) NOT NULL,
                created_at TIMESTAMP WITH TIME ZONE NOT NULL
            );
            """;

    @TempDir
    static Path work;
    static Path flawed;
    static Path warningOnly;
    static Path designFile;

    @BeforeAll
    static void files() throws IOException, URISyntaxException {
        flawed = Files.writeString(work.resolve("flawed.sql"), FLAWED_DUMP);
        warningOnly = Files.writeString(work.resolve("fine.sql"), WARNING_ONLY_DUMP);
        designFile = work.resolve("ecommerce-design.json");
        Files.copy(Path.of(LintCommandTest.class.getResource("/cli/ecommerce-design.json").toURI()), designFile);
    }

    @Test
    void a_flawed_dump_fails_the_gate_and_the_text_report_names_each_element() {
        Path dataDir = work.resolve("never-made");
        Result result = CommandLineTest.run("lint", "--data-dir", dataDir.toString(), "--file", flawed.toString(),
                "--dialect", "postgresql");

        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).startsWith(flawed + ": 2 errors, 2 warnings, 1 note")
                .contains("fk-type-mismatch", "orders.user_id is INTEGER but refers to users.id, which is BIGINT")
                .contains("money-in-float", "orders.total holds money or a quantity in DOUBLE PRECISION")
                .contains("fk-without-index").contains("fix: ");
        assertThat(dataDir).as("a file is linted without any database").doesNotExist();
    }

    @Test
    void warnings_pass_the_default_gate_and_fail_the_warning_gate() {
        Result byDefault = CommandLineTest.run("lint", "--file", warningOnly.toString());
        Result strict = CommandLineTest.run("lint", "--file", warningOnly.toString(), "--fail-on", "warning");

        assertThat(byDefault.status()).as(byDefault.err()).isZero();
        assertThat(byDefault.out()).contains("0 errors, 2 warnings").contains("fk-without-index").contains("no-indexes");
        assertThat(strict.status()).isEqualTo(1);
    }

    @Test
    void json_lists_every_finding_with_rule_severity_element_fix_and_why() throws IOException {
        Result result = CommandLineTest.run("lint", "--file", flawed.toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("counts").get("error").asInt()).isEqualTo(2);
        List<String> rules = new ArrayList<>();
        json.get("findings").forEach(f -> {
            rules.add(f.get("rule").asText());
            assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
            assertThat(f.get("element").asText()).isNotBlank();
            assertThat(f.get("fix").asText()).isNotBlank();
            assertThat(f.get("why").asText()).isNotBlank();
        });
        assertThat(rules).containsExactlyInAnyOrder("fk-type-mismatch", "fk-without-index", "money-in-float",
                "no-indexes", "fk-default-on-delete");
    }

    @Test
    void sarif_is_version_2_1_0_with_the_rules_and_one_result_per_finding() throws IOException {
        Result result = CommandLineTest.run("lint", "--file", flawed.toString(), "--format", "sarif");

        JsonNode sarif = new ObjectMapper().readTree(result.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(5);
        assertThat(run.get("results")).hasSize(5);
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("level").asText()).isIn("error", "warning", "note");
        assertThat(first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo(flawed.toString());
        assertThat(result.status()).isEqualTo(1);
    }

    @Test
    void a_design_file_is_linted_with_its_written_sections() {
        Result result = CommandLineTest.run("lint", "--file", designFile.toString(), "--fail-on", "warning");

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith(designFile + ": ");
        assertThat(result.status()).isEqualTo(1);
    }

    @Test
    void a_design_on_the_server_is_linted_as_its_owner_reads_it() {
        Path dataDir = work.resolve("data");
        Result imported = CommandLineTest.run("import-json", "--data-dir", dataDir.toString(), "--file",
                designFile.toString());
        assertThat(imported.status()).as(imported.err()).isZero();

        Result onServer = CommandLineTest.run("lint", "--data-dir", dataDir.toString(), "--design",
                "E-commerce platform", "--format", "text");
        Result fromFile = CommandLineTest.run("lint", "--file", designFile.toString());

        assertThat(onServer.err()).isEmpty();
        assertThat(onServer.out()).startsWith("E-commerce platform: ");
        assertThat(onServer.out().substring(onServer.out().indexOf(':')))
                .isEqualTo(fromFile.out().substring(fromFile.out().indexOf(':')));
        assertThat(onServer.status()).isEqualTo(fromFile.status());
    }

    @Test
    void the_nosql_elements_of_a_design_file_are_linted_as_on_the_server() throws IOException {
        org.schemaboard.model.DesignModel model = org.schemaboard.export.DesignJson.read(
                Files.readString(designFile));
        org.schemaboard.model.nosql.NoSqlElement forever = new org.schemaboard.model.nosql.NoSqlElement(
                java.util.UUID.randomUUID(), "cart cache", new org.schemaboard.model.nosql.RedisKeyPattern(
                "cart:{user_id}", "hash", null, null, "allkeys-lru", null, null), 0);
        Path withNoSql = Files.writeString(work.resolve("with-nosql.json"), org.schemaboard.export.DesignJson.write(
                org.schemaboard.export.ExportSource.of(model).withNoSql(List.of(forever))));

        Result result = CommandLineTest.run("lint", "--file", withNoSql.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("nosql-key-without-ttl").contains("cart:{user_id} has no TTL");
        assertThat(CommandLineTest.run("lint", "--file", designFile.toString()).out())
                .doesNotContain("nosql-key-without-ttl");
    }

    @Test
    void wrong_usage_is_refused_with_status_2() {
        assertThat(CommandLineTest.run("lint").status()).isEqualTo(2);
        assertThat(CommandLineTest.run("lint", "--file", flawed.toString(), "--design", "x").status()).isEqualTo(2);
        Result format = CommandLineTest.run("lint", "--file", flawed.toString(), "--format", "xml");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("Unknown format xml; use one of text, json, sarif");
        assertThat(CommandLineTest.run("lint", "--file", flawed.toString(), "--fail-on", "info").status())
                .isEqualTo(2);
    }

    @Test
    void a_missing_file_is_bad_input() {
        Result result = CommandLineTest.run("lint", "--file", work.resolve("nope.sql").toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("there is no such file");
    }
}

package org.schemaboard.importing.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Import, export DDL for the same dialect, apply it: the database has the same tables, columns, keys, foreign key
 * actions and indexes as one made from the original file (checked on H2 over plain JDBC).
 */
@ServiceTest
class H2RoundTripTest {

    private static final String ORIGINAL = String.join("\n",
            "CREATE TABLE departments (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(80) NOT NULL,",
            "  budget NUMERIC(14, 2) DEFAULT 0);",
            "CREATE TABLE teams (department_id BIGINT NOT NULL, team_no INTEGER NOT NULL, label VARCHAR(40),",
            "  PRIMARY KEY (department_id, team_no),",
            "  CONSTRAINT fk_teams_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE);",
            "CREATE TABLE members (id BIGINT NOT NULL PRIMARY KEY, department_id BIGINT, team_no INTEGER,",
            "  email VARCHAR(255) NOT NULL, hired_on DATE NOT NULL);",
            "ALTER TABLE members ADD CONSTRAINT uq_members_email UNIQUE (email);",
            "ALTER TABLE members ADD CONSTRAINT fk_members_team FOREIGN KEY (department_id, team_no)",
            "  REFERENCES teams (department_id, team_no) ON DELETE SET NULL ON UPDATE CASCADE;",
            "CREATE INDEX idx_members_hired ON members (hired_on DESC, email);",
            "");

    @Autowired
    TestData data;
    @Autowired
    SqlImportService imports;
    @Autowired
    DesignModelService models;

    @Test
    void importing_then_exporting_h2_ddl_gives_the_same_schema_as_the_original() throws SQLException {
        String user = data.account("roundtrip");
        ImportPlan plan = imports.preview(ORIGINAL, ImportDialect.H2);
        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("Round trip"),
                TargetDatabase.H2, plan));
        DesignModel model = data.as(user, () -> models.load(id));
        String exported = SpecificationExport.ddl(model, SqlDialectChoice.H2);

        try (Connection original = fresh(); Connection copy = fresh()) {
            run(original, ORIGINAL);
            run(copy, exported);
            List<String> expected = describe(original);
            assertThat(expected).contains("table departments", "table teams", "table members",
                    "pk teams.team_no #2", "unique members [email, id]",
                    "fk members.team_no -> teams.team_no delete " + DatabaseMetaData.importedKeySetNull + " update "
                            + DatabaseMetaData.importedKeyCascade,
                    "fk teams.department_id -> departments.id delete " + DatabaseMetaData.importedKeyCascade
                            + " update " + DatabaseMetaData.importedKeyRestrict,
                    "index idx_members_hired on members #1 hired_on D");
            assertThat(describe(copy)).as(exported).isEqualTo(expected);
        }
    }

    private static Connection fresh() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:roundtrip-" + UUID.randomUUID());
    }

    private static void run(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : script.split(";\\s*(\\n|$)")) {
                String sql = statement.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
        }
    }

    private static List<String> describe(Connection c) throws SQLException {
        return SchemaFacts.describe(c, "PUBLIC");
    }
}

package org.schemaboard.sqlimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
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

    /** Tables, columns (type, size, nullability), primary keys, foreign keys with actions, the explicit indexes. */
    private static List<String> describe(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        TreeSet<String> facts = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            facts.add("table " + lower(table));
            try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, "%")) {
                while (rs.next()) {
                    facts.add("column " + lower(table) + "." + lower(rs.getString("COLUMN_NAME")) + " "
                            + rs.getString("TYPE_NAME") + "(" + rs.getInt("COLUMN_SIZE") + ","
                            + rs.getInt("DECIMAL_DIGITS") + ") " + (rs.getInt("NULLABLE") == 0 ? "NOT NULL" : "NULL"));
                }
            }
            try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    facts.add("pk " + lower(table) + "." + lower(rs.getString("COLUMN_NAME")) + " #" + rs.getInt("KEY_SEQ"));
                }
            }
            try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    facts.add("fk " + lower(table) + "." + lower(rs.getString("FKCOLUMN_NAME")) + " -> "
                            + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME"))
                            + " delete " + rs.getShort("DELETE_RULE") + " update " + rs.getShort("UPDATE_RULE"));
                }
            }
            try (ResultSet rs = meta.getIndexInfo(null, "PUBLIC", table, false, false)) {
                while (rs.next()) {
                    String index = lower(rs.getString("INDEX_NAME"));
                    if (index.startsWith("idx_")) {
                        facts.add("index " + index + " on " + lower(table) + " #" + rs.getInt("ORDINAL_POSITION")
                                + " " + lower(rs.getString("COLUMN_NAME")) + " " + rs.getString("ASC_OR_DESC")
                                + (rs.getBoolean("NON_UNIQUE") ? "" : " unique"));
                    }
                }
            }
            facts.add("unique " + lower(table) + " " + uniqueColumnSets(meta, table));
        }
        return List.copyOf(facts);
    }

    /** The column sets with a unique index (whatever its name: constraint in one, unique index in the other). */
    private static TreeSet<String> uniqueColumnSets(DatabaseMetaData meta, String table) throws SQLException {
        java.util.Map<String, TreeSet<String>> byIndex = new java.util.HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, "PUBLIC", table, true, false)) {
            while (rs.next()) {
                byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeSet<>())
                        .add(lower(rs.getString("COLUMN_NAME")));
            }
        }
        TreeSet<String> sets = new TreeSet<>();
        byIndex.values().forEach(s -> sets.add(String.join(",", s)));
        return sets;
    }

    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}

package org.schemaboard.importing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
 * Import a pg_dump-style schema, export PostgreSQL DDL, apply it to a real PostgreSQL: the tables, columns, keys,
 * foreign key actions and indexes (with their methods, sort orders and predicates) are those of the original applied
 * to the same server. Runs when {@code SCHEMABOARD_TEST_PG_URL} names a server (CI starts one), else is skipped.
 */
@ServiceTest
class PostgresRoundTripTest {

    /** pg_dump's layout: tables, then sequences and their defaults, then constraints and indexes at the end. */
    private static final String ORIGINAL = String.join("\n",
            "SET client_encoding = 'UTF8';",
            "CREATE TABLE public.departments (",
            "    id bigint NOT NULL,",
            "    name character varying(80) NOT NULL,",
            "    budget numeric(14,2) DEFAULT 0,",
            "    tags jsonb",
            ");",
            "CREATE SEQUENCE public.departments_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;",
            "ALTER SEQUENCE public.departments_id_seq OWNED BY public.departments.id;",
            "CREATE TABLE public.teams (",
            "    department_id bigint NOT NULL,",
            "    team_no integer NOT NULL,",
            "    label character varying(40)",
            ");",
            "CREATE TABLE public.members (",
            "    id bigint NOT NULL,",
            "    department_id bigint,",
            "    team_no integer,",
            "    email character varying(255) NOT NULL,",
            "    hired_on date NOT NULL,",
            "    active boolean DEFAULT true NOT NULL",
            ");",
            "COMMENT ON TABLE public.members IS 'People and the team they are in';",
            "ALTER TABLE ONLY public.departments ALTER COLUMN id SET DEFAULT nextval('public.departments_id_seq'::regclass);",
            "ALTER TABLE ONLY public.departments ADD CONSTRAINT departments_pkey PRIMARY KEY (id);",
            "ALTER TABLE ONLY public.teams ADD CONSTRAINT teams_pkey PRIMARY KEY (department_id, team_no);",
            "ALTER TABLE ONLY public.members ADD CONSTRAINT members_pkey PRIMARY KEY (id);",
            "ALTER TABLE ONLY public.members ADD CONSTRAINT uq_members_email UNIQUE (email);",
            "CREATE INDEX idx_members_hired ON public.members USING btree (hired_on DESC, email);",
            "CREATE INDEX idx_members_active ON public.members USING btree (department_id) WHERE active;",
            "CREATE INDEX idx_departments_tags ON public.departments USING gin (tags);",
            "CREATE INDEX idx_teams_label ON public.teams USING hash (label);",
            "ALTER TABLE ONLY public.teams ADD CONSTRAINT fk_teams_department FOREIGN KEY (department_id) "
                    + "REFERENCES public.departments(id) ON DELETE CASCADE;",
            "ALTER TABLE ONLY public.members ADD CONSTRAINT fk_members_team FOREIGN KEY (department_id, team_no) "
                    + "REFERENCES public.teams(department_id, team_no) ON DELETE SET NULL ON UPDATE CASCADE;",
            "");

    @Autowired
    TestData data;
    @Autowired
    SqlImportService imports;
    @Autowired
    DesignModelService models;

    @Test
    void importing_then_exporting_postgresql_ddl_gives_the_same_schema_on_postgresql() throws SQLException {
        String url = System.getenv("SCHEMABOARD_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "No PostgreSQL to compare on: set SCHEMABOARD_TEST_PG_URL "
                + "(e.g. jdbc:postgresql://localhost:55432/postgres?user=postgres) to run this test");
        String user = data.account("pg-roundtrip");
        ImportPlan plan = imports.preview(ORIGINAL, ImportDialect.POSTGRESQL);
        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("PG round trip"),
                TargetDatabase.POSTGRESQL, plan));
        DesignModel model = data.as(user, () -> models.load(id));
        String exported = SpecificationExport.ddl(model, SqlDialectChoice.POSTGRESQL);

        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String original = "rt_original_" + suffix;
        String copy = "rt_copy_" + suffix;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + original);
            s.execute("CREATE SCHEMA " + copy);
            try {
                s.execute("SET search_path TO " + original);
                s.execute(ORIGINAL.replace("public.", original + "."));
                s.execute("SET search_path TO " + copy);
                s.execute(exported);
                List<String> expected = describe(c, original);
                assertThat(expected).contains("table departments", "table teams", "table members",
                        "pk teams.team_no #2",
                        "fk members.team_no -> teams.team_no delete " + DatabaseMetaData.importedKeySetNull
                                + " update " + DatabaseMetaData.importedKeyCascade,
                        "fk teams.department_id -> departments.id delete " + DatabaseMetaData.importedKeyCascade
                                + " update " + DatabaseMetaData.importedKeyNoAction,
                        "index idx_members_active ON members USING btree (department_id) WHERE active",
                        "index idx_departments_tags ON departments USING gin (tags)",
                        "index idx_teams_label ON teams USING hash (label)",
                        "index idx_members_hired ON members USING btree (hired_on DESC, email)");
                assertThat(describe(c, copy)).as(exported).isEqualTo(expected);
            } finally {
                s.execute("DROP SCHEMA " + original + " CASCADE");
                s.execute("DROP SCHEMA " + copy + " CASCADE");
            }
        }
    }

    /**
     * {@link SchemaFacts}, with PostgreSQL's own definition of each explicit index (method, order, predicate). A
     * column with a sequence default reads as {@code bigserial}; the export declares it as an identity column, which
     * reads as {@code int8}: both are generated integers, so the serial names are read as their integer types.
     */
    private static List<String> describe(Connection c, String schema) throws SQLException {
        List<String> facts = new ArrayList<>(SchemaFacts.describe(c, schema).stream()
                .filter(f -> !f.startsWith("index "))
                .map(f -> f.replace(" bigserial(", " int8(").replace(" smallserial(", " int2(")
                        .replace(" serial(", " int4("))
                .toList());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM "
                + "pg_indexes WHERE schemaname = '" + schema + "' AND indexname LIKE 'idx\\_%' ORDER BY indexname")) {
            while (rs.next()) {
                String definition = rs.getString(2).replace(schema + ".", "");
                facts.add("index " + rs.getString(1) + definition.substring(definition.indexOf(" ON ")));
            }
        }
        return facts;
    }
}

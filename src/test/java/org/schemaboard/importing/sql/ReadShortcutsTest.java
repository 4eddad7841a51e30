package org.schemaboard.importing.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts for large dumps decide exactly what the regular expressions they stand in front of decide:
 * the skip rules kept per first two words, and the end of a column's type found by hand.
 */
class ReadShortcutsTest {

    /** Statements of every dump the tests hold, plus ones written to sit at the edges of the rules. */
    private static List<String> statements() throws IOException {
        List<String> all = new ArrayList<>(List.of(
                "SET statement_timeout = 0", "RESET ALL", "set search_path = x", "SELECT pg_catalog.set_config('a', '', false)",
                "ALTER TABLE public.t OWNER TO app", "ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)",
                "ALTER TABLE public.t SET (fillfactor = 70)", "ALTER TABLE public.t SET DEFAULT nextval('s'::regclass)",
                "ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass)",
                "ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ALTER TABLE t CLUSTER ON t_idx", "ALTER TABLE t AUTO_INCREMENT=5",
                "ALTER TABLE t REPLICA IDENTITY FULL", "ALTER TABLE t DETACH PARTITION p", "ALTER INDEX i ATTACH PARTITION j",
                "ALTER SEQUENCE s OWNED BY t.id", "ALTER SEQUENCE s OWNER TO app", "ALTER SCHEMA s OWNER TO app",
                "ALTER TYPE mood ADD VALUE 'x'", "ALTER DOMAIN d SET DEFAULT 1", "ALTER\tTABLE\n t  OWNER\n TO app",
                "CREATE TABLE t (id int)", "CREATE TABLE tableau (id int)", "CREATE TABLESPACE x LOCATION 'y'",
                "CREATE SEQUENCE s", "CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql",
                "CREATE DEFINER=`root`@`%` TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1",
                "CREATE CONSTRAINT TRIGGER t AFTER INSERT ON x FOR EACH ROW EXECUTE FUNCTION f()",
                "CREATE EXTENSION IF NOT EXISTS pgcrypto", "CREATE SCHEMA s", "CREATE TYPE mood AS ENUM ('a')",
                "CREATE DOMAIN email AS text", "CREATE VIRTUAL TABLE v USING fts5(a)", "CREATE UNIQUE INDEX i ON t (a)",
                "CREATE INDEX CONCURRENTLY i ON t (a)", "CREATE TEXT SEARCH CONFIGURATION c (COPY = simple)",
                "COMMENT ON TABLE t IS 'x'", "COMMENT ON COLUMN t.a IS 'x'", "COMMENT ON EXTENSION x IS 'y'",
                "COMMENT ON MATERIALIZED VIEW v IS 'x'", "COMMENT ON INDEX i IS 'x'", "GRANT ALL ON t TO app",
                "REVOKE ALL ON t FROM app", "LOCK TABLES t WRITE", "UNLOCK TABLES", "INSERT INTO t VALUES (1)",
                "COPY t (a) FROM stdin", "LOAD DATA INFILE 'x' INTO TABLE t", "USE shop", "DROP TABLE IF EXISTS t",
                "BEGIN", "COMMIT", "START TRANSACTION", "PRAGMA foreign_keys=OFF", "ANALYZE t", "VACUUM",
                "CHECKPOINT", "SELECT 1", "DO $$ BEGIN END $$", "DELIMITER ;;", "\\connect shop", "CALL p()",
                "CREATE PUBLICATION p FOR ALL TABLES", "CREATE POLICY p ON t", "CREATE ROLE r", "CREATE USER u",
                "CREATE OR REPLACE VIEW v AS SELECT 1", "CREATE RULE r AS ON INSERT TO t DO NOTHING",
                "CREATE AGGREGATE a (int) (SFUNC = f, STYPE = int)", "CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f()",
                "CREATE FOREIGN TABLE f (a int) SERVER s", "CREATE CAST (int AS text) WITH INOUT", "END", "SAVEPOINT a",
                "RELEASE a", "ROLLBACK", "SHUTDOWN", "EXECUTE p", "PERFORM f()", "CREATE DATABASE d", "ALTER DATABASE d SET x = 1",
                "create table lower_case (a int)", "Create Or Replace Procedure p() AS $$ $$"));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                StatementSplitter.split(Files.readString(file), file.toString().contains("mysql"))
                        .statements().forEach(s -> all.add(s.text()));
            }
        }
        return all;
    }

    @Test
    void the_skip_rules_kept_per_first_two_words_give_what_every_rule_gives() throws IOException {
        List<String> statements = statements();
        assertThat(statements).hasSizeGreaterThan(300);
        for (String statement : statements) {
            assertThat(StatementFilter.reasonToSkip(statement)).as(statement)
                    .isEqualTo(StatementFilter.reasonToSkipByEveryRule(statement));
        }
    }

    /** The regular expression the hand-written search replaced. */
    private static final Pattern TYPE_END = Pattern.compile("(?i)\\s(NOT|NULL|DEFAULT|PRIMARY|REFERENCES|UNIQUE|CHECK"
            + "|CONSTRAINT|COLLATE|GENERATED|AUTO_INCREMENT|AUTOINCREMENT|COMMENT|IDENTITY|CHARACTER\\s+SET|ON\\s+UPDATE"
            + "|AS)\\b");

    @Test
    void the_end_of_a_column_type_is_found_where_the_regular_expression_finds_it() throws IOException {
        List<String> definitions = new ArrayList<>(List.of("numeric(12,2) NOT NULL", "character varying(40)",
                "timestamp with time zone DEFAULT now() NOT NULL", "int NOTNULL", "text COLLATE \"C\"",
                "varchar(10) CHARACTER  SET utf8mb4", "varchar(10) CHARACTER SETX", "timestamp ON\n UPDATE now()",
                "int AS (a + 1)", "int ASC", "bigint GENERATED ALWAYS AS IDENTITY", "int null_ish", "int NULL_",
                "int NULLé", "int NOT\u0301 NULL", "enum('not a', 'b') NOT NULL", "integer[]", "int  ", "int\tNOT NULL",
                "int Not Null", "int nOt nULL", "int ıdentity", "int KEY", "mediumtext COMMENT 'x'",
                "int AUTO_INCREMENT", "int AUTOINCREMENT", "text REFERENCES t(id)", "int CONSTRAINT c CHECK (a > 0)"));
        for (String statement : statements()) {
            if (statement.toUpperCase().startsWith("CREATE TABLE") && statement.indexOf('(') > 0) {
                int open = statement.indexOf('(');
                int close = MySqlTablePrepass.matching(statement, open);
                if (close > open) {
                    for (String item : MySqlTablePrepass.topLevelItems(statement.substring(open + 1, close))) {
                        String s = item.strip();
                        int blank = s.indexOf(' ');
                        if (blank > 0) {
                            definitions.add(s.substring(blank + 1));
                        }
                    }
                }
            }
        }
        assertThat(definitions).hasSizeGreaterThan(300);
        for (String definition : definitions) {
            String rest = " " + definition.strip() + " ";
            Matcher end = TYPE_END.matcher(rest);
            assertThat(RawColumnTypes.typeEnd(rest)).as(definition).isEqualTo(end.find() ? end.start() : -1);
        }
    }

    /** A quoted table name with a blank in it once lost the dump's type names (the name was cut at the blank). */
    @Test
    void exact_type_names_are_kept_in_a_quoted_table_name_with_a_blank() {
        ImportPlan plan = SqlDumpReader.read("""
                CREATE DOMAIN public.amount AS numeric(12,2);
                CREATE TABLE public."Order Lines" (
                    "Line No" integer NOT NULL,
                    price numeric(12,2) NOT NULL,
                    placed timestamp with time zone DEFAULT now() NOT NULL,
                    "Tags" text[],
                    note character varying(40),
                    total public.amount,
                    at time(3) without time zone
                );
                """, ImportDialect.POSTGRESQL);
        ImportPlan.Table table = plan.table("Order Lines").orElseThrow();
        assertThat(table.columns()).extracting(ImportPlan.Column::name, ImportPlan.Column::type,
                ImportPlan.Column::length, ImportPlan.Column::precision, ImportPlan.Column::scale).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Line No", "INTEGER", null, null, null),
                org.assertj.core.groups.Tuple.tuple("price", "NUMERIC", null, 12, 2),
                org.assertj.core.groups.Tuple.tuple("placed", "TIMESTAMP WITH TIME ZONE", null, null, null),
                org.assertj.core.groups.Tuple.tuple("Tags", "TEXT[]", null, null, null),
                org.assertj.core.groups.Tuple.tuple("note", "CHARACTER VARYING", 40, null, null),
                org.assertj.core.groups.Tuple.tuple("total", "NUMERIC", null, 12, 2),
                // the fractional seconds of a time are not kept (WITH_PRECISION names TIME, not this spelling)
                org.assertj.core.groups.Tuple.tuple("at", "TIME WITHOUT TIME ZONE", null, null, null));
    }
}

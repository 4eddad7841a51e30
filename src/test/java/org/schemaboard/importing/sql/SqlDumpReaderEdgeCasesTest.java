package org.schemaboard.importing.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlDumpReaderEdgeCasesTest {

    private static final String PG = String.join("\n",
            "CREATE TYPE public.mood AS ENUM ('sad', 'ok');",
            "CREATE DOMAIN public.email AS text CHECK (VALUE ~ '@');",
            "CREATE TABLE public.events (",
            "    id bigint GENERATED ALWAYS AS IDENTITY,",
            "    happened_at timestamp with time zone NOT NULL,",
            "    kind public.mood",
            ") PARTITION BY RANGE (happened_at);",
            "ALTER TABLE public.events ADD COLUMN note text;",
            "CREATE INDEX idx_events_lower ON public.events USING btree (lower(kind::text));",
            "CREATE INDEX idx_ghost ON public.ghosts USING btree (id);",
            "ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
            "CREATE MATERIALIZED VIEW public.daily AS SELECT 1 AS one WITH NO DATA;",
            "");

    @Test
    void postgresql_specials_are_read_or_skipped_with_a_reason() {
        ImportPlan plan = SqlDumpReader.read(PG, ImportDialect.POSTGRESQL);
        ImportPlan.Table events = plan.table("events").orElseThrow();
        assertThat(events.columns()).extracting(ImportPlan.Column::name)
                .containsExactly("id", "happened_at", "kind", "note");
        assertThat(events.column("id").orElseThrow().type()).isEqualTo("BIGINT");
        assertThat(events.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(events.column("kind").orElseThrow().type()).isEqualTo("ENUM('sad','ok')");
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text)
                .anyMatch(w -> w.startsWith("events: partitioned BY RANGE (happened_at): events_2024 FOR VALUES "
                        + "FROM ('2024-01-01') TO ('2025-01-01')."));
        assertThat(plan.views()).extracting(ImportPlan.View::name).containsExactly("daily");
        assertThat(plan.indexes()).isEmpty();
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text)
                .contains("events.kind: enum type mood written as ENUM('sad','ok') (the model has no enum types)");
        assertThat(plan.skipped()).extracting(ImportPlan.Skipped::line).containsExactly(9, 10);
        assertThat(plan.skipped().get(0).reason()).contains("expression");
        assertThat(plan.skipped().get(1).reason()).contains("ghosts");
    }

    @Test
    void include_columns_of_an_index_are_reported_as_not_kept() {
        ImportPlan plan = SqlDumpReader.read("CREATE TABLE t (a int, b int);\nCREATE INDEX idx_t_a ON t (a) INCLUDE (b);\n",
                ImportDialect.POSTGRESQL);
        assertThat(plan.indexes()).extracting(ImportPlan.IndexPlan::name).containsExactly("idx_t_a");
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::line, ImportPlan.Warning::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Index idx_t_a: INCLUDE columns are not kept (the model has no "
                        + "covering columns)"));
    }

    @Test
    void statements_split_on_the_delimiter_only_outside_quotes_comments_and_bodies() {
        StatementSplitter.Result result = StatementSplitter.split(String.join("\n",
                "SELECT 'a;b', \"c;d\" /* e; f */ -- g; h",
                ";",
                "DO $tag$ BEGIN PERFORM 1; END $tag$;",
                "DELIMITER //",
                "CREATE PROCEDURE p() BEGIN SELECT 1; END//",
                "DELIMITER ;",
                "SELECT 2;"), false);
        assertThat(result.errors()).isEmpty();
        assertThat(result.statements()).extracting(StatementSplitter.Statement::line)
                .containsExactly(1, 3, 4, 5, 6, 7);
        assertThat(result.statements().get(1).text()).isEqualTo("DO $tag$ BEGIN PERFORM 1; END $tag$");
        assertThat(result.statements().get(3).text()).isEqualTo("CREATE PROCEDURE p() BEGIN SELECT 1; END");
    }

    @Test
    void mysql_backslash_escapes_do_not_end_a_string() {
        ImportPlan plan = SqlDumpReader.read("CREATE TABLE `t` (\n  `a` varchar(10) COMMENT 'it\\'s; fine'\n)"
                + " ENGINE=InnoDB;\nCREATE TABLE `u` (`id` int);\n", ImportDialect.MYSQL);
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.tables()).extracting(ImportPlan.Table::name).containsExactly("t", "u");
        assertThat(plan.table("t").orElseThrow().column("a").orElseThrow().comment()).isEqualTo("it's; fine");
        assertThat(List.of(plan.table("u").orElseThrow().line())).containsExactly(4);
    }

    @Test
    void reading_a_large_dump_with_a_second_thread_parsing_ahead_gives_the_plan_of_reading_alone() {
        StringBuilder sql = new StringBuilder("SET client_encoding = 'UTF8';\n");
        for (int t = 0; t < 160; t++) {
            String table = "public.t" + t;
            sql.append("CREATE TABLE ").append(table).append(" (id bigint NOT NULL, ref bigint, label text DEFAULT "
                    + "'x', amount numeric(12,2));\n");
            sql.append("ALTER TABLE ").append(table).append(" OWNER TO app;\n");
            sql.append("COMMENT ON TABLE ").append(table).append(" IS 'Table number ").append(t).append("';\n");
            sql.append("ALTER TABLE ONLY ").append(table).append(" ADD CONSTRAINT t").append(t)
                    .append("_pkey PRIMARY KEY (id);\n");
            sql.append("CREATE INDEX idx_t").append(t).append("_label ON ").append(table)
                    .append(" USING btree (label DESC) WHERE (amount > 0);\n");
            if (t > 0) {
                sql.append("ALTER TABLE ONLY ").append(table).append(" ADD CONSTRAINT t").append(t)
                        .append("_ref_fkey FOREIGN KEY (ref) REFERENCES public.t").append(t - 1)
                        .append("(id) ON DELETE CASCADE;\n");
            }
            if (t % 40 == 7) {
                // the same broken text more than once: each must be skipped with its own line
                sql.append("ALTER TABLE ONLY public.t1 ADD CONSTRAINT broken CHECK (((amount > ;\n");
            }
        }

        ImportPlan ahead = SqlDumpReader.read(sql.toString(), ImportDialect.POSTGRESQL);
        ImportPlan alone = SqlDumpReader.readAlone(sql.toString(), ImportDialect.POSTGRESQL);

        assertThat(ahead.tables()).hasSize(160);
        assertThat(ahead.foreignKeys()).hasSize(159);
        assertThat(ahead.indexes()).hasSize(160);
        assertThat(ahead.skipped()).filteredOn(s -> s.reason().startsWith("jOOQ could not parse it")).hasSize(4);
        assertThat(ahead).isEqualTo(alone);
    }
}

package org.schemaboard.bench;

import java.util.Random;

/**
 * A pg_dump-style schema dump of a given size, written the way pg_dump writes one: session settings first, then each
 * table with its sequence, its {@code OWNER TO} and comments, the {@code nextval} defaults, then the primary keys,
 * indexes and foreign keys as {@code ALTER TABLE ONLY … ADD CONSTRAINT} at the end. Deterministic for a seed.
 */
final class PgDumpGenerator {

    record Size(int tables, int columns, int foreignKeys, int indexes) {
    }

    private static final String[] TYPES = {"character varying(120)", "text", "integer", "numeric(12,2)",
            "timestamp with time zone", "boolean", "date", "bigint", "jsonb", "uuid", "smallint",
            "character varying(40)"};

    private PgDumpGenerator() {
    }

    static String generate(Size size, long seed) {
        Random random = new Random(seed);
        int perTable = size.columns() / size.tables();
        StringBuilder sql = new StringBuilder(size.columns() * 60);
        sql.append("""
                --
                -- PostgreSQL database dump
                --

                -- Dumped from database version 16.2
                -- Dumped by pg_dump version 16.2

                SET statement_timeout = 0;
                SET lock_timeout = 0;
                SET client_encoding = 'UTF8';
                SET standard_conforming_strings = on;
                SELECT pg_catalog.set_config('search_path', '', false);
                SET check_function_bodies = false;
                SET client_min_messages = warning;

                SET default_tablespace = '';

                SET default_table_access_method = heap;

                """);
        // each table t has columns id, ref_1_id, ref_2_id (used by up to two foreign keys), then the rest
        for (int t = 0; t < size.tables(); t++) {
            String table = table(t);
            sql.append("--\n-- Name: ").append(table).append("; Type: TABLE; Schema: public; Owner: app\n--\n\n");
            sql.append("CREATE TABLE public.").append(table).append(" (\n");
            sql.append("    id bigint NOT NULL,\n");
            sql.append("    ref_1_id bigint,\n");
            sql.append("    ref_2_id bigint,\n");
            for (int c = 3; c < perTable; c++) {
                sql.append("    ").append(column(c, perTable)).append(' ');
                if (c == 3) {
                    sql.append("character varying(40) NOT NULL");
                } else if (c == perTable - 1) {
                    sql.append("timestamp with time zone DEFAULT now() NOT NULL");
                } else {
                    sql.append(TYPES[random.nextInt(TYPES.length)]);
                }
                sql.append(c + 1 < perTable ? ",\n" : "\n");
            }
            sql.append(");\n\n");
            sql.append("ALTER TABLE public.").append(table).append(" OWNER TO app;\n\n");
            sql.append("COMMENT ON TABLE public.").append(table).append(" IS 'Generated table ").append(t)
                    .append("; one row per thing';\n\n");
            sql.append("COMMENT ON COLUMN public.").append(table).append('.').append(column(3, perTable))
                    .append(" IS 'The business key';\n\n");
            sql.append("CREATE SEQUENCE public.").append(table).append("_id_seq\n    START WITH 1\n    INCREMENT BY 1\n"
                    + "    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n");
            sql.append("ALTER SEQUENCE public.").append(table).append("_id_seq OWNER TO app;\n\n");
            sql.append("ALTER SEQUENCE public.").append(table).append("_id_seq OWNED BY public.").append(table)
                    .append(".id;\n\n");
        }
        for (int t = 0; t < size.tables(); t++) {
            sql.append("ALTER TABLE ONLY public.").append(table(t)).append(" ALTER COLUMN id SET DEFAULT nextval('public.")
                    .append(table(t)).append("_id_seq'::regclass);\n\n");
        }
        sql.append("COPY public.").append(table(0)).append(" (id) FROM stdin;\n1\n2\n\\.\n\n");
        for (int t = 0; t < size.tables(); t++) {
            sql.append("ALTER TABLE ONLY public.").append(table(t)).append("\n    ADD CONSTRAINT ").append(table(t))
                    .append("_pkey PRIMARY KEY (id);\n\n");
        }
        for (int i = 0; i < size.indexes(); i++) {
            int t = i % size.tables();
            String table = table(t);
            switch ((i / size.tables() + t) % 4) {
                case 0 -> sql.append("CREATE INDEX idx_").append(table).append("_ref_1 ON public.").append(table)
                        .append(" USING btree (ref_1_id);\n\n");
                case 1 -> sql.append("CREATE UNIQUE INDEX uq_").append(table).append("_key ON public.").append(table)
                        .append(" USING btree (").append(column(3, perTable)).append(");\n\n");
                case 2 -> sql.append("CREATE INDEX idx_").append(table).append("_recent ON public.").append(table)
                        .append(" USING btree (").append(column(perTable - 1, perTable)).append(" DESC, id) WHERE (")
                        .append(column(4, perTable)).append(" IS NOT NULL);\n\n");
                default -> sql.append("CREATE INDEX idx_").append(table).append("_ref_2 ON public.").append(table)
                        .append(" USING btree (ref_2_id, ").append(column(3, perTable)).append(");\n\n");
            }
        }
        for (int k = 0; k < size.foreignKeys(); k++) {
            int from = k % size.tables();
            int slot = k / size.tables() + 1;
            int to = (from + 1 + random.nextInt(size.tables() - 1)) % size.tables();
            sql.append("ALTER TABLE ONLY public.").append(table(from)).append("\n    ADD CONSTRAINT fk_")
                    .append(table(from)).append('_').append(slot).append(" FOREIGN KEY (ref_").append(slot)
                    .append("_id) REFERENCES public.").append(table(to)).append("(id)")
                    .append(k % 3 == 0 ? " ON DELETE CASCADE" : k % 3 == 1 ? " ON DELETE SET NULL" : "")
                    .append(";\n\n");
        }
        sql.append("""
                GRANT ALL ON SCHEMA public TO app;

                --
                -- PostgreSQL database dump complete
                --

                """);
        return sql.toString();
    }

    static String table(int t) {
        return String.format("t%04d_things", t);
    }

    static String column(int c, int perTable) {
        return c == 3 ? "code" : c == perTable - 1 ? "updated_at" : String.format("col_%02d", c);
    }
}

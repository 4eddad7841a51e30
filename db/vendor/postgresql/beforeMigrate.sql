-- PostgreSQL only, run by Flyway before every migrate: the common migrations declare long text as CLOB (H2's name,
-- also standard SQL); PostgreSQL has no CLOB type, so it gets one, a domain over text. Idempotent.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS text;
    END IF;
END
$$;

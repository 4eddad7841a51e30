/**
 * Import from a live database over JDBC (PostgreSQL, MySQL/MariaDB, H2): reads the catalog — the standard JDBC
 * metadata plus each engine's own catalog for what the standard leaves out (index methods and predicates,
 * partitioning, exact types) — into the same {@link org.schemaboard.importing.sql.ImportPlan} a SQL dump gives, so the
 * preview and the one-transaction import are shared. The password is used for the connection and then dropped: never
 * stored, logged or shown.
 */
package org.schemaboard.importing.live;

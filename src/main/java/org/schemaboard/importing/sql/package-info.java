/**
 * Importing SQL dumps (pg_dump, mysqldump, SQLite and H2 DDL) into designs. {@link
 * org.schemaboard.importing.sql.SqlDumpReader} is pure: it splits a dump into statements itself (quotes, comments, dollar
 * bodies, DELIMITER blocks, COPY data, psql meta-commands), skips what is not schema with a reason and a line number,
 * parses the rest with jOOQ's parser and reads the parsed query objects into an immutable {@link
 * org.schemaboard.importing.sql.ImportPlan}. {@link org.schemaboard.importing.sql.SqlImportService} turns a plan into
 * entities, attributes, relationships and indexes through the model's public services, in one transaction.
 */
package org.schemaboard.importing.sql;


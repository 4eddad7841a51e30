/**
 * Importing SQL dumps (pg_dump, mysqldump, SQLite and H2 DDL) into designs. {@link
 * org.schemaboard.importing.sql.SqlDumpReader} is pure: it splits a dump into statements itself (quotes, comments, dollar
 * bodies, DELIMITER blocks, COPY data, psql meta-commands), skips what is not schema with a reason and a line number,
 * parses the rest with jOOQ's parser and reads the parsed query objects into an immutable {@link
 * org.schemaboard.importing.sql.ImportPlan}. {@link org.schemaboard.importing.sql.SqlImportService} turns a plan into
 * one {@link org.schemaboard.model.ModelBatch} of entities, attributes, relationships and indexes, written in one
 * transaction by {@link org.schemaboard.model.ModelBatchService}.
 */
package org.schemaboard.importing.sql;


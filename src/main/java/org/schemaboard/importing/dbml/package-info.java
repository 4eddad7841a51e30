/**
 * Importing DBML, the schema language of dbdiagram.io and ChartDB. {@link org.schemaboard.importing.dbml.DbmlReader}
 * is pure and hand-written (a lexer and a recursive-descent parser; no JVM library for DBML exists): it reads a file
 * into the same {@link org.schemaboard.importing.sql.ImportPlan} a SQL dump gives, plus what only DBML says (table
 * groups, the project's database type and note). A file with a syntax or reference error names its line and column
 * and imports nothing. {@link org.schemaboard.importing.dbml.DbmlImportService} writes a plan through the SQL import's
 * one-transaction path and turns table groups into subject areas in the same transaction.
 */
package org.schemaboard.importing.dbml;

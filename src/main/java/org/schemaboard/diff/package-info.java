/**
 * What changed between two states of a design — an approved version, the current draft, or a file (design.json or a
 * SQL dump read through the importer) — and how to get a database from one to the other. {@link
 * org.schemaboard.diff.ModelDiff} is the structural diff (pure: two {@code DesignModel}s in, changes out, field by
 * field, renames recognised by element id or, for files, suggested by shape). {@code MigrationScripts} renders the
 * forward and rollback scripts per dialect through the DDL export's own naming and type mapping, and
 * {@code SafetyChecks} flags the steps that can lose data or lock a table, each with a safer sequence.
 * {@link org.schemaboard.diff.DiffService} reads the states a member may compare.
 */
package org.schemaboard.diff;

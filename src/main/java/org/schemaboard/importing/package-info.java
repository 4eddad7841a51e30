/**
 * Importing designs from files: a {@code design.json} ({@code importing.json}) or a SQL schema dump of PostgreSQL,
 * MySQL, SQLite or H2 ({@code importing.sql}), as a new design or into an open one; the dialogs and their buttons are in
 * {@code importing.ui}. Every import is checked by the same rules as an edit and written in one transaction through
 * the model's bulk write path, so it arrives whole or not at all, as one line in the history.
 */
package org.schemaboard.importing;

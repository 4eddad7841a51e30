/**
 * The "Import SQL" dialog: paste or upload a dump, choose or detect its dialect, preview what would be created,
 * skipped and warned about, then import it as a new design.
 */
package org.schemaboard.sqlimport.ui;

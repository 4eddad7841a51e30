/**
 * The import dialogs (SQL with its preview and progress, design.json) and where they start: buttons on the designs
 * list and, for SQL, in an open design's header ({@link org.schemaboard.importing.ui.ImportActions}).
 */
package org.schemaboard.importing.ui;

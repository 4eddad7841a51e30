/**
 * The import dialogs (SQL dump, DBML, Mermaid / PlantUML diagram, live database — all on {@link
 * org.schemaboard.importing.ui.ImportDialog} — and design.json) and where they start: the Import menu on the designs
 * list and in an open design's header ({@link org.schemaboard.importing.ui.ImportActions}).
 */
package org.schemaboard.importing.ui;

/**
 * The import dialogs: a SQL dump with its preview (as a new design or into an open one) and a {@code design.json} as a
 * new design.
 */
package org.schemaboard.importing.ui;

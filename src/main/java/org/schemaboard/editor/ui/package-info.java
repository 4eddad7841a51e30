/**
 * The design editor's frame: the page ({@link org.schemaboard.editor.ui.DesignEditorView}) with its header and tabs, what
 * the panels of one open editor share ({@link org.schemaboard.editor.ui.EditorContext}), saving with conflicts
 * ({@link org.schemaboard.editor.ui.Saving}, {@link org.schemaboard.editor.ui.ConflictDialog}) and live updates
 * ({@link org.schemaboard.editor.ui.LiveUpdates}). Tabs and header items are declared by the features that own them as
 * {@link org.schemaboard.editor.ui.EditorSection} and {@link org.schemaboard.editor.ui.EditorHeaderItem} beans; this
 * package knows none of them (ArchitectureTest checks it).
 */
package org.schemaboard.editor.ui;

/**
 * Undo and redo of a person's own recent changes to a design. A write notes the elements it touches
 * ({@link org.schemaboard.base.UndoCapture}); at commit their rows before and after become one step of the person's
 * history, kept on the server. Undoing a step writes the rows back as they were, one element kind like another, after
 * checking that nobody changed the same fields since; the undo is then recorded like any other change.
 */
package org.schemaboard.undo;

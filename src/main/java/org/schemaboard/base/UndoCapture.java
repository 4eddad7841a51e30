package org.schemaboard.base;

import java.util.UUID;

/**
 * Notes what a write touches, so the person who made it can undo it. A write calls {@link #before} for each element
 * it is about to change or delete (before the change), {@link #created} for each element it adds, and ends with the
 * {@link Change} it records; when its transaction commits, the elements' states before and after become one step of
 * the person's undo history. Implemented by the undo feature.
 */
public interface UndoCapture {

    /** The element (and what depends on it) is about to change or go; its state now is the state to undo to. */
    void before(UUID designId, ElementType type, UUID elementId);

    /** The element is new in this write: undoing the write removes it. */
    void created(UUID designId, ElementType type, UUID elementId);

    /** The write recorded {@code change}: names the step in the history; a creation is noted as by {@link #created}. */
    void recorded(Change change);

    /**
     * Names the step the current transaction makes ("applied suggestion: audit log entity") when it is more than
     * the first change it records; call before that change.
     */
    default void describe(UUID designId, String label) {
    }
}

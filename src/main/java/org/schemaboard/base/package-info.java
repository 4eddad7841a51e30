/**
 * What every feature shares: the errors a service reports to a person (invalid input, a stale edit, a refused
 * action), the vocabulary of a change ({@link org.schemaboard.base.Change} with its
 * {@link org.schemaboard.base.ChangeAction} and {@link org.schemaboard.base.ElementType}, which the audit log stores)
 * and the {@link org.schemaboard.base.DesignChanged} event published after each committed change.
 */
package org.schemaboard.base;

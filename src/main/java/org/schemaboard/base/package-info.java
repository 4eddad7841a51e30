/**
 * What every feature shares: the errors a service reports to a person (invalid input, a stale edit, a refused
 * action), the vocabulary of a change ({@link org.schemaboard.base.Change} with its
 * {@link org.schemaboard.base.ChangeAction} and {@link org.schemaboard.base.ElementType}, which the audit log stores),
 * the {@link org.schemaboard.base.DesignChanged} event published after each committed change, and
 * {@link org.schemaboard.base.BackgroundWork}, the one executor for work that should not hold up the thread that
 * asked for it.
 */
package org.schemaboard.base;

/**
 * What every feature shares: the errors a service reports to a person (invalid input, a stale edit, a refused
 * action), the {@link org.schemaboard.base.DesignChanged} event published after each committed change, and
 * {@link org.schemaboard.base.BackgroundWork}, the one executor for work that should not hold up the thread that
 * asked for it.
 */
package org.schemaboard.base;

/**
 * What every feature shares: the errors a service reports to a person (invalid input, a stale edit, a refused
 * action) and the {@link org.schemaboard.base.DesignChanged} event published after each committed change.
 */
package org.schemaboard.base;

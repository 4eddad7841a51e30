/**
 * What happened to a design and to the instance: the append-only audit log written in the same transaction as each
 * change (actor, action, element, old and new values as JSON). Design changes reach it through
 * {@link org.schemaboard.design.DesignService#recordChange}; account changes are written by the security services.
 * The History section that shows it lives in {@code history.ui}.
 */
package org.schemaboard.audit;

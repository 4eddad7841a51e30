/**
 * What happened to a design and to the instance: the append-only audit log written in the same transaction as each
 * change (actor, action, element, old and new values as JSON).
 */
package org.schemaboard.audit;

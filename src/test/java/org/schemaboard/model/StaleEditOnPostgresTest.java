package org.schemaboard.model;

import org.schemaboard.OnPostgres;

/** {@link StaleEditTest} on PostgreSQL: optimistic locking of concurrent edits. */
@OnPostgres
class StaleEditOnPostgresTest extends StaleEditTest {
}

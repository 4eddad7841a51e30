package org.schemaboard.model;

import org.schemaboard.OnPostgres;

/** {@link AuditTrailTest} on PostgreSQL: the history of changes. */
@OnPostgres
class AuditTrailOnPostgresTest extends AuditTrailTest {
}

package org.schemaboard.importing.sql;

import org.schemaboard.OnPostgres;

/** {@link SqlImportServiceTest} on PostgreSQL: SQL dump import. */
@OnPostgres
class SqlImportServiceOnPostgresTest extends SqlImportServiceTest {
}

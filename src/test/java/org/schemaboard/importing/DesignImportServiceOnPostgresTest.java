package org.schemaboard.importing;

import org.schemaboard.OnPostgres;

/** {@link DesignImportServiceTest} on PostgreSQL: design.json export and import. */
@OnPostgres
class DesignImportServiceOnPostgresTest extends DesignImportServiceTest {
}

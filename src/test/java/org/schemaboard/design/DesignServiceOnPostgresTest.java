package org.schemaboard.design;

import org.schemaboard.OnPostgres;

/** {@link DesignServiceTest} on PostgreSQL: designs, members and roles written and read. */
@OnPostgres
class DesignServiceOnPostgresTest extends DesignServiceTest {
}

package org.schemaboard.spec;

import org.schemaboard.OnPostgres;

/** {@link SpecificationServiceTest} on PostgreSQL: specification sections. */
@OnPostgres
class SpecificationServiceOnPostgresTest extends SpecificationServiceTest {
}

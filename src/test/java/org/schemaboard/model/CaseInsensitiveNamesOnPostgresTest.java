package org.schemaboard.model;

import org.schemaboard.OnPostgres;

/** {@link CaseInsensitiveNamesTest} on PostgreSQL: the unique name keys PostgreSQL computes (V12's stored columns). */
@OnPostgres
class CaseInsensitiveNamesOnPostgresTest extends CaseInsensitiveNamesTest {
}

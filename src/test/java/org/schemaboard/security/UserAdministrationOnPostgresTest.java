package org.schemaboard.security;

import org.schemaboard.OnPostgres;

/** {@link UserAdministrationTest} on PostgreSQL: accounts. */
@OnPostgres
class UserAdministrationOnPostgresTest extends UserAdministrationTest {
}

package org.schemaboard.model;

import org.schemaboard.OnPostgres;

/** {@link EntityServiceTest} on PostgreSQL: the write path of entities and attributes. */
@OnPostgres
class EntityServiceOnPostgresTest extends EntityServiceTest {
}

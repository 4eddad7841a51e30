package org.schemaboard.model;

import org.schemaboard.OnPostgres;

/** {@link LiveModelsTest} on PostgreSQL: the model loaded and kept up to date. */
@OnPostgres
class LiveModelsOnPostgresTest extends LiveModelsTest {
}

package org.schemaboard.model;

import org.schemaboard.OnPostgres;

/** {@link ModelBatchServiceTest} on PostgreSQL: batched model changes in one transaction. */
@OnPostgres
class ModelBatchServiceOnPostgresTest extends ModelBatchServiceTest {
}

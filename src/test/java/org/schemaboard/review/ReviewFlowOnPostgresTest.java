package org.schemaboard.review;

import org.schemaboard.OnPostgres;

/** {@link ReviewFlowTest} on PostgreSQL: review, comments and approved versions. */
@OnPostgres
class ReviewFlowOnPostgresTest extends ReviewFlowTest {
}

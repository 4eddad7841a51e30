/** Indexes: the records, methods per target database, the service and its repository. */
package org.schemaboard.model.index;

/** NoSQL models as structured data: MongoDB collections, Redis key patterns, search index mappings. */
package org.schemaboard.model.nosql;

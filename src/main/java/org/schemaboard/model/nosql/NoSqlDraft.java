package org.schemaboard.model.nosql;

import org.schemaboard.model.Named;

/** A person's NoSQL element as submitted: its name (collection, key pattern or index name) and structure. */
public record NoSqlDraft(String name, NoSqlSpec spec) implements Named {
}

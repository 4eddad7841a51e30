package org.schemaboard.model.nosql;

import java.util.UUID;
import org.schemaboard.model.Named;

/** A stored NoSQL element of a design. */
public record NoSqlElement(UUID id, String name, NoSqlSpec spec, int version) implements Named {

    public NoSqlKind kind() {
        return spec.kind();
    }

    public NoSqlDraft draft() {
        return new NoSqlDraft(name, spec);
    }
}

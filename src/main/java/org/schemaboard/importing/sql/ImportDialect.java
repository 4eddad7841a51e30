package org.schemaboard.importing.sql;

import org.jooq.SQLDialect;
import org.schemaboard.design.TargetDatabase;

/** The SQL dialect of a dump; {@code AUTO} asks the reader to detect it from telltale signs. */
public enum ImportDialect {
    AUTO("Detect automatically", null, null),
    POSTGRESQL("PostgreSQL", SQLDialect.POSTGRES, TargetDatabase.POSTGRESQL),
    MYSQL("MySQL / MariaDB", SQLDialect.MYSQL, TargetDatabase.MYSQL),
    SQLITE("SQLite", SQLDialect.SQLITE, TargetDatabase.SQLITE),
    H2("H2", SQLDialect.H2, TargetDatabase.H2);

    private final String label;
    private final SQLDialect jooq;
    private final TargetDatabase target;

    ImportDialect(String label, SQLDialect jooq, TargetDatabase target) {
        this.label = label;
        this.jooq = jooq;
        this.target = target;
    }

    public String label() {
        return label;
    }

    SQLDialect jooq() {
        return jooq;
    }

    /** The design target that matches the dump, e.g. for a new design made from it. */
    public TargetDatabase target() {
        return target;
    }
}

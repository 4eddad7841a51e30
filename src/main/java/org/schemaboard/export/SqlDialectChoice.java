package org.schemaboard.export;

import java.util.Locale;
import java.util.Optional;
import org.schemaboard.design.TargetDatabase;

/** The SQL dialects the DDL export writes. MariaDB designs use the MySQL dialect; SQLite has none yet. */
public enum SqlDialectChoice {
    POSTGRESQL("PostgreSQL"), MYSQL("MySQL"), H2("H2");

    private final String label;

    SqlDialectChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The file the DDL is saved as, e.g. {@code schema-postgresql.sql}. */
    public String fileName() {
        return "schema-" + name().toLowerCase(Locale.ROOT) + ".sql";
    }

    /** The dialect that matches the design's target database, or empty when none does (SQLite). */
    public static Optional<SqlDialectChoice> forTarget(TargetDatabase target) {
        if (target == null) {
            return Optional.empty();
        }
        return switch (target) {
            case POSTGRESQL -> Optional.of(POSTGRESQL);
            case MYSQL, MARIADB -> Optional.of(MYSQL);
            case H2 -> Optional.of(H2);
            case SQLITE -> Optional.empty();
        };
    }
}

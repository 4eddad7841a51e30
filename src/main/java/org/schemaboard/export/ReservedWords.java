package org.schemaboard.export;

import org.schemaboard.design.TargetDatabase;

/** The export's view of the reserved words: one list for the checks and the DDL, kept in the checks feature. */
final class ReservedWords {

    private ReservedWords() {
    }

    static boolean reserved(String name, SqlDialectChoice dialect) {
        return org.schemaboard.checks.ReservedWords.reserved(name, switch (dialect) {
            case MYSQL -> TargetDatabase.MYSQL;
            case POSTGRESQL -> TargetDatabase.POSTGRESQL;
            case H2 -> TargetDatabase.H2;
        });
    }
}

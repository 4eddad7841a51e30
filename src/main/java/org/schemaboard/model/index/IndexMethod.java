package org.schemaboard.model.index;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.schemaboard.design.TargetDatabase;

/**
 * The access method of an index; which ones a database offers decides what the index form lists. FULLTEXT and
 * SPATIAL are MySQL's and MariaDB's index kinds (full-text search over text columns, R-tree over a geometry column).
 */
public enum IndexMethod {
    BTREE, HASH, GIN, GIST, BRIN, FULLTEXT, SPATIAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** MySQL's own kinds, written {@code CREATE FULLTEXT INDEX} / {@code CREATE SPATIAL INDEX} rather than USING. */
    public boolean mysqlKind() {
        return this == FULLTEXT || this == SPATIAL;
    }

    public boolean availableFor(TargetDatabase target) {
        return switch (target) {
            case POSTGRESQL -> !mysqlKind();
            case MYSQL, MARIADB -> Set.of(BTREE, HASH, FULLTEXT, SPATIAL).contains(this);
            case H2 -> Set.of(BTREE, HASH).contains(this);
            case SQLITE -> this == BTREE;
        };
    }

    public static List<IndexMethod> methodsFor(TargetDatabase target) {
        return Arrays.stream(values()).filter(m -> m.availableFor(target)).toList();
    }
}

package org.schemaboard.model.index;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.schemaboard.design.TargetDatabase;

/** The access method of an index; which ones a database offers decides what the index form lists. */
public enum IndexMethod {
    BTREE, HASH, GIN, GIST, BRIN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean availableFor(TargetDatabase target) {
        return switch (target) {
            case POSTGRESQL -> true;
            case MYSQL, MARIADB -> Set.of(BTREE, HASH).contains(this);
            case H2 -> Set.of(BTREE, HASH).contains(this);
            case SQLITE -> this == BTREE;
        };
    }

    public static List<IndexMethod> methodsFor(TargetDatabase target) {
        return Arrays.stream(values()).filter(m -> m.availableFor(target)).toList();
    }
}

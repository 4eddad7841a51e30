package org.schemaboard.spec;

import java.util.List;

/** Null-tolerant list copies for the section records, which Jackson may build with missing lists. */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(x -> x != null).toList();
    }
}

package org.schemaboard.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands out constraint and index names that are unique where the dialect needs them to be and no longer than it
 * allows. PostgreSQL and H2 keep tables, indexes and key constraints in one namespace per schema; MySQL keeps index
 * names per table. A clash gets a numeric suffix ({@code _2}, {@code _3}, …); names compare case-insensitively.
 */
final class NameAllocator {

    static final String SCHEMA = "";

    private final int maxLength;
    private final Map<String, Set<String>> taken = new HashMap<>();

    NameAllocator(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Marks a name as used without checking (table names, which the model keeps unique). */
    void reserve(String scope, String name) {
        taken.computeIfAbsent(scope, k -> new HashSet<>()).add(key(name));
    }

    /** The wanted name, or the nearest free variant of it within {@code scope}; the result is reserved. */
    String allocate(String scope, String wanted) {
        Set<String> used = taken.computeIfAbsent(scope, k -> new HashSet<>());
        String candidate = cut(wanted, "");
        for (int n = 2; used.contains(key(candidate)); n++) {
            candidate = cut(wanted, "_" + n);
        }
        used.add(key(candidate));
        return candidate;
    }

    static String tableScope(String table) {
        return "table:" + key(table);
    }

    private String cut(String name, String suffix) {
        int room = maxLength - suffix.length();
        return (name.length() > room ? name.substring(0, room) : name) + suffix;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

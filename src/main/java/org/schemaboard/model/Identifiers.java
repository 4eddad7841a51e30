package org.schemaboard.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.schemaboard.design.TargetDatabase;

/**
 * Naming rules for tables, columns, indexes and constraints. Names are meant to be used unquoted in the DDL, so they
 * start with a letter or underscore and hold letters, digits and underscores; the length limit is the target
 * database's. Reserved words are allowed (they can be quoted) but warned about.
 */
public final class Identifiers {


    /** Words reserved in PostgreSQL, MySQL, SQLite or H2 (the SQL standard's core set plus common ones). */
    private static final Set<String> RESERVED = Set.of(
            "all", "alter", "and", "any", "array", "as", "asc", "between", "both", "by", "case", "cast", "check",
            "collate", "column", "constraint", "create", "cross", "current_date", "current_time", "current_timestamp",
            "current_user", "default", "delete", "desc", "distinct", "drop", "else", "end", "except", "exists",
            "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner",
            "insert", "intersect", "into", "is", "join", "key", "leading", "left", "like", "limit", "natural", "not",
            "null", "offset", "on", "or", "order", "outer", "primary", "references", "right", "row", "rows", "select",
            "session_user", "set", "some", "table", "then", "to", "trailing", "true", "union", "unique", "update",
            "user", "using", "values", "when", "where", "window", "with", "year", "month", "day", "hour", "minute",
            "second", "interval", "range", "rank", "value", "condition", "option", "read", "write", "lock");

    private Identifiers() {
    }

    /** What is wrong with a name, or empty when it is acceptable. */
    public static Optional<String> problem(String name, TargetDatabase target) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give a name");
        }
        if (name.length() > target.maxIdentifierLength()) {
            return Optional.of(target.label() + " names are at most " + target.maxIdentifierLength()
                    + " characters (this one has " + name.length() + ")");
        }
        if (!plain(name)) {
            return Optional.of("Start with a letter or '_' and use only letters, digits and '_'");
        }
        return Optional.empty();
    }

    /**
     * Whether the name is {@code [A-Za-z_][A-Za-z0-9_]*}; by hand rather than by a regular expression because an
     * import checks every one of tens of thousands of names, twice.
     */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** A warning for a reserved word, or empty. */
    public static Optional<String> warning(String name) {
        if (name != null && RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("\"" + name + "\" is a reserved word in SQL: it must be quoted everywhere it is used");
        }
        return Optional.empty();
    }
}

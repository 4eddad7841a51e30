package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types taken out of a CREATE TABLE before jOOQ's parser sees it, and put back into the plan afterwards, so
 * that one column never costs the whole table:
 *
 * <ul>
 *   <li>MySQL {@code ENUM(…)} and {@code SET(…)}: jOOQ's parser compiles a Java enum for them at run time, which fails
 *       inside the packaged Spring Boot jar (its class path is not a directory the compiler can read);</li>
 *   <li>spatial types ({@code GEOMETRY}, {@code POINT}, …): the open-source parser refuses them as pro-edition;</li>
 *   <li>any column the parser rejects for another reason ({@code VARCHAR(40) BINARY}, an unknown clause): it is put
 *       back with its type text as written, and the clause is listed with its line and column.</li>
 * </ul>
 *
 * A held column goes to jOOQ as {@code name TEXT [NOT NULL]}; the rest of its definition (default, comment) is not
 * read, and what is lost is reported by the caller.
 */
final class HeldColumns {

    /** A column's type as written and whether it was declared NOT NULL. */
    record Held(String type, boolean notNull, String defaultValue) {
    }

    private static final Pattern HELD_TYPE = Pattern.compile("(?is)^(ENUM|SET)\\s*\\(.*|^(GEOMETRY|POINT|LINESTRING"
            + "|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION|GEOMCOLLECTION)\\b.*");
    private static final Pattern TYPE_END = Pattern.compile("(?i)\\s(NOT\\s+NULL|NULL|DEFAULT|PRIMARY|REFERENCES|UNIQUE"
            + "|CHECK|CONSTRAINT|COLLATE|GENERATED|AUTO_INCREMENT|COMMENT|CHARACTER\\s+SET|CHARSET|ON\\s+UPDATE|SRID"
            + "|INVISIBLE|VISIBLE)\\b");
    private static final Pattern NOT_NULL = Pattern.compile("(?i)\\bNOT\\s+NULL\\b");
    private static final Pattern DEFAULT = Pattern.compile("(?is)\\bDEFAULT\\s+('(?:[^'\\\\]|\\\\.|'')*'|-?[0-9.]+|NULL)");
    private static final Pattern TABLE_ITEM = Pattern.compile("(?is)^(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK|KEY|INDEX"
            + "|FULLTEXT|SPATIAL|EXCLUDE|LIKE|PERIOD)\\b.*");

    private final Map<String, Held> held = new LinkedHashMap<>();

    /** The held columns by lower-case name. */
    Map<String, Held> columns() {
        return held;
    }

    /** Takes out the columns whose type jOOQ must not see (MySQL ENUM, SET and spatial types). */
    String holdKnown(String createTable) {
        int open = createTable.indexOf('(');
        int close = MySqlTablePrepass.matching(createTable, open);
        if (open < 0 || close < 0) {
            return createTable;
        }
        List<String> items = new ArrayList<>();
        boolean changed = false;
        for (String item : MySqlTablePrepass.topLevelItems(createTable.substring(open + 1, close))) {
            String s = item.strip();
            String[] parts = splitName(s);
            if (!TABLE_ITEM.matcher(s).matches() && HELD_TYPE.matcher(parts[1].strip()).matches()) {
                items.add(hold(parts[0], parts[1]));
                changed = true;
            } else {
                items.add(item);
            }
        }
        return changed ? createTable.substring(0, open + 1) + String.join(",", items) + createTable.substring(close)
                : createTable;
    }

    /**
     * Takes out the table element at {@code offset} of the statement (where the parser stopped): a column is held, any
     * other element (a constraint jOOQ cannot read) is removed. Returns the new text and a description of what was
     * taken out, or null when the offset is not inside an element (the statement as a whole is unreadable).
     */
    Taken takeOutAt(String createTable, int offset) {
        int open = createTable.indexOf('(');
        int close = MySqlTablePrepass.matching(createTable, open);
        if (open < 0 || close < 0 || offset <= open || offset > close) {
            return null;
        }
        int start = open + 1;
        for (String item : MySqlTablePrepass.topLevelItems(createTable.substring(open + 1, close))) {
            int end = start + item.length();
            if (offset >= start && offset <= end) {
                String s = item.strip();
                String replacement;
                String what;
                if (TABLE_ITEM.matcher(s).matches()) {
                    replacement = null;
                    what = "table element " + StatementSplitter.excerpt(s) + " left out";
                } else {
                    String[] parts = splitName(s);
                    if (parts[1].isBlank()) {
                        return null;
                    }
                    replacement = hold(parts[0], parts[1]);
                    what = "column " + MySqlTablePrepass.unquote(parts[0]) + " kept with its type as written ("
                            + held.get(key(MySqlTablePrepass.unquote(parts[0]))).type() + "); the rest of its "
                            + "definition is not read";
                }
                String before = createTable.substring(0, start);
                String after = createTable.substring(end);
                if (replacement == null) {
                    // drop the element and one of the commas around it
                    if (before.stripTrailing().endsWith(",")) {
                        before = before.substring(0, before.lastIndexOf(','));
                    } else if (after.stripLeading().startsWith(",")) {
                        after = after.substring(after.indexOf(',') + 1);
                    }
                    return new Taken(before + after, what);
                }
                return new Taken(before + " " + replacement + after, what);
            }
            start = end + 1;
        }
        return null;
    }

    /** The statement text after taking an element out, and what was taken out. */
    record Taken(String text, String what) {
    }

    private String hold(String quotedName, String definition) {
        String rest = " " + definition.strip() + " ";
        Matcher end = TYPE_END.matcher(rest);
        String type = (end.find() ? rest.substring(0, end.start()) : rest).strip();
        boolean notNull = NOT_NULL.matcher(rest).find();
        Matcher def = DEFAULT.matcher(rest);
        String defaultValue = def.find() && !def.group(1).equalsIgnoreCase("NULL") ? def.group(1) : null;
        held.put(key(MySqlTablePrepass.unquote(quotedName)), new Held(type, notNull, defaultValue));
        return quotedName + " TEXT" + (notNull ? " NOT NULL" : "");
    }

    /** Puts the held types back into the table the parser read. */
    void restore(PlanBuilder.TableBuilder table) {
        if (table == null) {
            return;
        }
        held.forEach((name, h) -> {
            PlanBuilder.ColumnBuilder c = table.column(name);
            if (c != null) {
                c.type = normalise(h.type());
                c.length = null;
                c.precision = null;
                c.scale = null;
                c.nullable = !h.notNull();
                if (h.defaultValue() != null) {
                    c.defaultValue = h.defaultValue();
                }
            }
        });
    }

    /** {@code enum('a','b')} → {@code ENUM('a','b')}, other types upper-cased with single spaces. */
    static String normalise(String type) {
        String t = type.strip();
        Matcher m = Pattern.compile("(?is)^(enum|set)\\s*(\\(.*\\))$").matcher(t);
        if (m.matches()) {
            return m.group(1).toUpperCase(Locale.ROOT) + m.group(2);
        }
        return t.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The column name (quoted or not) and the rest of a column definition. */
    static String[] splitName(String item) {
        if (item.isEmpty()) {
            return new String[] {"", ""};
        }
        char first = item.charAt(0);
        if (first == '"' || first == '`' || first == '[') {
            char closing = first == '[' ? ']' : first;
            int end = item.indexOf(closing, 1);
            if (end > 0) {
                return new String[] {item.substring(0, end + 1), item.substring(end + 1)};
            }
        }
        String[] parts = item.split("\\s+", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }
}

package org.schemaboard.importing.sql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.model.DataTypes;

/**
 * Puts back the column types as a CREATE TABLE wrote them ({@code text}, {@code mediumtext}, {@code character varying},
 * {@code enum('a','b')}), where jOOQ's parser normalises them to its own ({@code CLOB}, {@code VARCHAR}).
 */
final class RawColumnTypes {

    private RawColumnTypes() {
    }

    private static final Pattern TYPE_END = Pattern.compile("(?i)\\s(NOT|NULL|DEFAULT|PRIMARY|REFERENCES|UNIQUE|CHECK"
            + "|CONSTRAINT|COLLATE|GENERATED|AUTO_INCREMENT|AUTOINCREMENT|COMMENT|IDENTITY|CHARACTER\\s+SET|ON\\s+UPDATE"
            + "|AS)\\b");
    private static final Pattern TABLE_ITEM = Pattern.compile("(?is)^(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK|KEY|INDEX"
            + "|FULLTEXT|SPATIAL|EXCLUDE|LIKE|PERIOD)\\b.*");

    /**
     * Puts back the type names as the dump wrote them ({@code text}, {@code mediumtext}, {@code character varying},
     * {@code enum('a','b')}), where jOOQ's parser normalises them to its own ({@code CLOB}, {@code VARCHAR}).
     */
    // compiled once: String.replaceAll and split compile their pattern on every call, for every column of every table
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ARGUMENTS = Pattern.compile("\\s*\\([^)]*\\)");

    static void apply(PlanBuilder.TableBuilder table, String createTable) {
        int open = createTable.indexOf('(');
        int close = MySqlTablePrepass.matching(createTable, open);
        if (table == null || open < 0 || close < 0) {
            return;
        }
        for (String item : MySqlTablePrepass.topLevelItems(createTable.substring(open + 1, close))) {
            String s = item.strip();
            if (s.isEmpty() || TABLE_ITEM.matcher(s).matches()) {
                continue;
            }
            String[] parts = splitName(s);
            PlanBuilder.ColumnBuilder column = table.column(MySqlTablePrepass.unquote(parts[0]));
            if (column == null || parts[1].isBlank()) {
                continue;
            }
            String rest = " " + parts[1].strip() + " ";
            Matcher end = TYPE_END.matcher(rest);
            String raw = (end.find() ? rest.substring(0, end.start()) : rest).strip();
            String upper = WHITESPACE.matcher(raw.toUpperCase(Locale.ROOT)).replaceAll(" ");
            if (upper.isEmpty()) {
                if (rest.strip().toUpperCase(Locale.ROOT).startsWith("IDENTITY")) {
                    // H2's IDENTITY type is a BIGINT identity column (jOOQ reads it as INTEGER)
                    column.type = "BIGINT";
                }
                continue;
            }
            boolean enumLike = upper.startsWith("ENUM") || upper.startsWith("SET(") || upper.startsWith("SET (");
            String type = enumLike ? raw.strip().replaceFirst("(?i)^(enum|set)", upper.substring(0, upper.startsWith("ENUM") ? 4 : 3))
                    : ARGUMENTS.matcher(upper).replaceAll("").strip();
            if (type.length() > DataTypes.MAX_LENGTH) {
                type = upper.replaceAll("\\s*\\(.*\\)", "").strip();
            }
            column.type = type;
            if (!upper.contains("(") || enumLike) {
                column.length = null;
                column.precision = null;
                column.scale = null;
            }
        }
    }

    /** The column name (quoted or not) and the rest of a column definition. */
    private static String[] splitName(String item) {
        char first = item.charAt(0);
        if (first == '"' || first == '`' || first == '[') {
            char closing = first == '[' ? ']' : first;
            int end = item.indexOf(closing, 1);
            if (end > 0) {
                return new String[] {item.substring(0, end + 1), item.substring(end + 1)};
            }
        }
        String[] parts = WHITESPACE.split(item, 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }

}

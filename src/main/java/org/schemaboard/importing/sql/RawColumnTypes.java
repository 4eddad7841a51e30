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
            + "|FULLTEXT|SPATIAL|EXCLUDE|LIKE|PERIOD)\\b");

    /**
     * Puts back the type names as the dump wrote them ({@code text}, {@code mediumtext}, {@code character varying},
     * {@code enum('a','b')}), where jOOQ's parser normalises them to its own ({@code CLOB}, {@code VARCHAR}).
     */
    // compiled once: String.replaceAll and split compile their pattern on every call, for every column of every table
    private static final Pattern ARGUMENTS = Pattern.compile("\\s*\\([^)]*\\)");

    static void apply(PlanBuilder.TableBuilder table, String createTable) {
        int open = createTable.indexOf('(');
        int close = MySqlTablePrepass.matching(createTable, open);
        if (table == null || open < 0 || close < 0) {
            return;
        }
        for (String item : MySqlTablePrepass.topLevelItems(createTable.substring(open + 1, close))) {
            String s = item.strip();
            if (s.isEmpty() || TABLE_ITEM.matcher(s).lookingAt()) {
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
            String upper = oneBlank(raw.toUpperCase(Locale.ROOT));
            if (upper.isEmpty()) {
                if (rest.strip().toUpperCase(Locale.ROOT).startsWith("IDENTITY")) {
                    // H2's IDENTITY type is a BIGINT identity column (jOOQ reads it as INTEGER)
                    column.type = "BIGINT";
                }
                continue;
            }
            boolean enumLike = upper.startsWith("ENUM") || upper.startsWith("SET(") || upper.startsWith("SET (");
            String type = enumLike ? raw.strip().replaceFirst("(?i)^(enum|set)", upper.substring(0, upper.startsWith("ENUM") ? 4 : 3))
                    : (upper.indexOf('(') < 0 ? upper : ARGUMENTS.matcher(upper).replaceAll("")).strip();
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
        // by hand, as a split at the first run of white space (a regular expression per column cost more): this runs for every column of every table
        int end = 0;
        while (end < item.length() && !blank(item.charAt(end))) {
            end++;
        }
        int rest = end;
        while (rest < item.length() && blank(item.charAt(rest))) {
            rest++;
        }
        return new String[] {item.substring(0, end), item.substring(rest)};
    }

    /** What {@code \\s} matches. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Each run of white space one blank, as a replaceAll of {@code \\s+} would, without a matcher. */
    static String oneBlank(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean run = blank(c) && (c != ' ' || (i + 1 < text.length() && blank(text.charAt(i + 1))));
            if (run && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (blank(c)) {
                out.append(' ');
                while (i + 1 < text.length() && blank(text.charAt(i + 1))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

}

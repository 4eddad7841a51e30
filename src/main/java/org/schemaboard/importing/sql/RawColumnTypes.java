package org.schemaboard.importing.sql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.schemaboard.model.DataTypes;

/**
 * Puts back the column types as a CREATE TABLE wrote them ({@code text}, {@code mediumtext}, {@code character varying},
 * {@code enum('a','b')}), where jOOQ's parser normalises them to its own ({@code CLOB}, {@code VARCHAR}).
 */
final class RawColumnTypes {

    /**
     * The words that end a column's type ({@code NOT NULL}, {@code DEFAULT}, …), each followed by a word boundary; the
     * multi-word ones with white space between their words. Found by hand rather than by one regular expression over
     * every column of every table (the largest cost of reading a big dump after jOOQ's own parse).
     */
    private static final String[][] TYPE_END = {{"NOT"}, {"NULL"}, {"DEFAULT"}, {"PRIMARY"}, {"REFERENCES"},
        {"UNIQUE"}, {"CHECK"}, {"CONSTRAINT"}, {"COLLATE"}, {"GENERATED"}, {"AUTO_INCREMENT"}, {"AUTOINCREMENT"},
        {"COMMENT"}, {"IDENTITY"}, {"CHARACTER", "SET"}, {"ON", "UPDATE"}, {"AS"}};
    private static final java.util.Set<String> TABLE_ITEM = java.util.Set.of("CONSTRAINT", "PRIMARY", "UNIQUE",
            "FOREIGN", "CHECK", "KEY", "INDEX", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD");
    // compiled once: String.replaceAll and split compile their pattern on every call
    private static final Pattern ARGUMENTS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern ENUM_OR_SET = Pattern.compile("(?i)^(enum|set)");
    private static final Pattern ALL_ARGUMENTS = Pattern.compile("\\s*\\(.*\\)");
    /** More distinct type spellings than this are worked out each time rather than kept (ENUMs of many values). */
    private static final int MAX_KEPT = 10_000;

    /** What the plan holds for a type as written: its name, and whether the parsed length and precision stay. */
    private record Typed(String type, boolean keepsArguments) {
    }

    /** Types as written → as held: a dump spells its few types the same way for thousands of columns. */
    private final Map<String, Typed> seen = new HashMap<>();

    /**
     * Puts back the type names as the dump wrote them ({@code text}, {@code mediumtext}, {@code character varying},
     * {@code enum('a','b')}), where jOOQ's parser normalises them to its own ({@code CLOB}, {@code VARCHAR}).
     */
    void apply(PlanBuilder.TableBuilder table, String createTable) {
        int open = createTable.indexOf('(');
        int close = MySqlTablePrepass.matching(createTable, open);
        if (table == null || open < 0 || close < 0) {
            return;
        }
        for (String item : MySqlTablePrepass.topLevelItems(createTable.substring(open + 1, close))) {
            String s = item.strip();
            if (s.isEmpty() || TABLE_ITEM.contains(leadingWord(s))) {
                continue;
            }
            String[] parts = splitName(s);
            PlanBuilder.ColumnBuilder column = table.column(MySqlTablePrepass.unquote(parts[0]));
            if (column == null || parts[1].isBlank()) {
                continue;
            }
            String rest = " " + parts[1].strip() + " ";
            int end = typeEnd(rest);
            String raw = (end >= 0 ? rest.substring(0, end) : rest).strip();
            if (raw.isEmpty()) {
                if (rest.strip().toUpperCase(Locale.ROOT).startsWith("IDENTITY")) {
                    // H2's IDENTITY type is a BIGINT identity column (jOOQ reads it as INTEGER)
                    column.type = "BIGINT";
                }
                continue;
            }
            Typed typed = seen.get(raw);
            if (typed == null) {
                typed = typed(raw);
                if (seen.size() < MAX_KEPT) {
                    seen.put(raw, typed);
                }
            }
            column.type = typed.type();
            if (!typed.keepsArguments()) {
                column.length = null;
                column.precision = null;
                column.scale = null;
            }
        }
    }

    /** A type as written ({@code character varying(40)}) as the plan holds it ({@code CHARACTER VARYING}). */
    private static Typed typed(String raw) {
        String upper = oneBlank(raw.toUpperCase(Locale.ROOT));
        boolean enumLike = upper.startsWith("ENUM") || upper.startsWith("SET(") || upper.startsWith("SET (");
        String type = enumLike ? ENUM_OR_SET.matcher(raw.strip()).replaceFirst(upper.substring(0,
                upper.startsWith("ENUM") ? 4 : 3)) : (upper.indexOf('(') < 0 ? upper
                : ARGUMENTS.matcher(upper).replaceAll("")).strip();
        if (type.length() > DataTypes.MAX_LENGTH) {
            type = ALL_ARGUMENTS.matcher(upper).replaceAll("").strip();
        }
        return new Typed(type, upper.contains("(") && !enumLike);
    }

    /**
     * Where the type ends in {@code rest} (a blank, the definition after the name, a blank): the white space before the
     * first {@link #TYPE_END} word (ASCII letters in any case, then a word boundary as {@code \\b} has it), or -1.
     */
    static int typeEnd(String rest) {
        for (int i = 0; i < rest.length() - 1; i++) {
            if (blank(rest.charAt(i)) && endsTypeAt(rest, i + 1)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsTypeAt(String text, int at) {
        char c = upperAscii(text.charAt(at));
        for (String[] words : TYPE_END) {
            if (words[0].charAt(0) != c) {
                continue;
            }
            int i = at;
            for (int w = 0; w < words.length && i >= 0; w++) {
                if (w > 0) {
                    int blanks = i;
                    while (i < text.length() && blank(text.charAt(i))) {
                        i++;
                    }
                    i = i == blanks ? -1 : i;
                }
                i = i < 0 ? -1 : wordAt(text, i, words[w]);
            }
            if (i >= 0 && boundary(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The end of {@code word} (upper case) at {@code at} in any ASCII case, or -1 when it is not there. */
    private static int wordAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return -1;
        }
        for (int k = 0; k < word.length(); k++) {
            if (upperAscii(text.charAt(at + k)) != word.charAt(k)) {
                return -1;
            }
        }
        return at + word.length();
    }

    /** Whether a word ends at {@code i} (after a letter): what {@code \\b} decides there. */
    private static boolean boundary(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        int next = text.codePointAt(i);
        return !(next == '_' || Character.isLetterOrDigit(next)
                || Character.getType(next) == Character.NON_SPACING_MARK);
    }

    private static char upperAscii(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    /**
     * The leading run of word characters as {@code \\b} sees them, its ASCII letters in upper case: a table item
     * ({@code PRIMARY KEY (…)}) when it is one of {@link #TABLE_ITEM}.
     */
    private static String leadingWord(String item) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < item.length(); ) {
            int c = item.codePointAt(i);
            if (!(c == '_' || Character.isLetterOrDigit(c) || (i > 0
                    && Character.getType(c) == Character.NON_SPACING_MARK))) {
                break;
            }
            word.appendCodePoint(c >= 'a' && c <= 'z' ? c - 32 : c);
            i += Character.charCount(c);
            if (word.length() > 16) {
                break; // longer than any table item's word
            }
        }
        return word.toString();
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

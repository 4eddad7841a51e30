package org.schemaboard.importing.sql;

/**
 * Where a table element is: the element of a CREATE TABLE around a parser error's position, and the line and column
 * of an element in the dump, so a column jOOQ cannot read is taken out and reported where the person wrote it.
 */
final class TableElements {

    private TableElements() {
    }

    /** The 0-based offset of a 1-based line and column in {@code text}. */
    static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    /** The top-level table element of a CREATE TABLE around {@code offset}, stripped; null when none is. */
    static String elementAt(String text, int offset) {
        int open = text.indexOf('(');
        int close = MySqlTablePrepass.matching(text, open);
        if (open < 0 || close < 0 || offset <= open || offset > close) {
            return null;
        }
        int start = open + 1;
        for (String item : MySqlTablePrepass.topLevelItems(text.substring(open + 1, close))) {
            int end = start + item.length();
            if (offset >= start && offset <= end) {
                return item.strip();
            }
            start = end + 1;
        }
        return null;
    }

    /** Line and column of an element in the dump: where its text starts in the statement as written. */
    static int[] position(StatementSplitter.Statement statement, String element) {
        String original = statement.text();
        String head = element.length() > 40 ? element.substring(0, 40) : element;
        int at = original.indexOf(head);
        if (at < 0) {
            return new int[] {statement.line(), statement.column()};
        }
        int line = statement.line();
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (original.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = line == statement.line() ? statement.column() + at : at - lineStart + 1;
        return new int[] {line, column};
    }

}

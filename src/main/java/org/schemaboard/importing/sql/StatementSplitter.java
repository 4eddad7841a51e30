package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a dump into statements the way the database's own client would: semicolons inside quotes, comments and
 * dollar-quoted bodies do not count, a MySQL {@code DELIMITER} changes the terminator, a pg_dump {@code COPY … FROM
 * stdin;} swallows its data up to {@code \.}, and a psql meta-command ({@code \connect}) is a statement of one line.
 * Comments are dropped (their line breaks kept, so parser positions still map to dump lines); MySQL executable
 * comments {@code /*!40101 … *}{@code /} keep their content.
 */
final class StatementSplitter {

    /** One statement, {@code line}/{@code column} where its first character is. */
    record Statement(String text, int line, int column) {
    }

    /** The statements found and, when the text ends inside a quote, body or comment, where that began. */
    record Result(List<Statement> statements, List<ImportPlan.Skipped> errors) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");
    private static final Pattern TRIGGER_BODY = Pattern.compile("(?is)^\\s*CREATE\\s+(TEMP\\w*\\s+)?TRIGGER\\b.*\\bBEGIN\\b.*");
    private static final Pattern TRIGGER_END = Pattern.compile("(?i)\\bEND\\s*$");
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)^COPY\\s.*\\bFROM\\s+stdin.*");

    private final String sql;
    /** The text as an array: a dump with any character beyond Latin-1 is a UTF-16 string, whose charAt is slow. */
    private final char[] chars;
    private final boolean backslashEscapes;
    private final List<Statement> statements = new ArrayList<>();
    private final List<ImportPlan.Skipped> errors = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int startLine;
    private int startColumn;
    private String delimiter = ";";
    /** Whether {@code current} holds more than white space (kept as a flag: asking the buffer each time is quadratic). */
    private boolean started;

    private StatementSplitter(String sql, boolean backslashEscapes) {
        this.sql = sql;
        this.chars = sql.toCharArray();
        this.backslashEscapes = backslashEscapes;
    }

    /** @param backslashEscapes whether {@code \'} escapes a quote inside a string (MySQL) */
    static Result split(String sql, boolean backslashEscapes) {
        StatementSplitter splitter = new StatementSplitter(sql, backslashEscapes);
        splitter.run();
        return new Result(List.copyOf(splitter.statements), List.copyOf(splitter.errors));
    }

    private void run() {
        while (pos < chars.length) {
            char c = chars[pos];
            if (!started && atLineStart() && (c == '\\' || startsWithWord("DELIMITER"))) {
                clientCommand();
                continue;
            }
            if (c == delimiter.charAt(0) && sql.startsWith(delimiter, pos)) {
                pos += delimiter.length();
                finish(false);
                continue;
            }
            if (c == '-' && sql.startsWith("--", pos)) {
                skipTo('\n', false);
            } else if (c == '/' && sql.startsWith("/*", pos)) {
                blockComment();
            } else if (c == '\'' || c == '"' || c == '`') {
                quoted(c);
            } else if (c == '$' && dollarQuoted()) {
                continue;
            } else {
                append(c);
                pos++;
            }
        }
        finish(true);
    }

    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0 && chars[i] != '\n'; i--) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithWord(String word) {
        return sql.regionMatches(true, pos, word, 0, word.length()) && pos + word.length() < chars.length
                && Character.isWhitespace(chars[pos + word.length()]);
    }

    /** {@code \connect db} or {@code DELIMITER ;;}: the rest of the line. */
    private void clientCommand() {
        int end = sql.indexOf('\n', pos);
        String text = (end < 0 ? sql.substring(pos) : sql.substring(pos, end)).strip();
        int commandLine = line;
        int column = pos - lineStart + 1;
        pos = end < 0 ? chars.length : end;
        clear();
        if (text.regionMatches(true, 0, "DELIMITER", 0, 9)) {
            String value = text.substring(9).strip();
            if (!value.isEmpty()) {
                delimiter = value;
            }
        }
        statements.add(new Statement(text, commandLine, column));
    }

    private void blockComment() {
        int end = sql.indexOf("*/", pos + 2);
        if (end < 0) {
            error("Unterminated comment /*");
            return;
        }
        if (pos + 2 < chars.length && chars[pos + 2] == '!') {
            // MySQL executable comment: its content is SQL meant for MySQL, so keep it without the wrapper.
            int from = pos + 3;
            while (from < end && Character.isDigit(chars[from])) {
                from++;
            }
            pos = from;
            markStart();
            appendInner(end);
            return;
        }
        for (int i = pos; i < end + 2; i++) {
            if (chars[i] == '\n') {
                newline(i);
                current.append('\n');
            }
        }
        current.append(' ');
        pos = end + 2;
    }

    /** Processes the inside of an executable comment as ordinary text (quotes and all), then skips the closing mark. */
    private void appendInner(int end) {
        while (pos < end) {
            char c = chars[pos];
            if (c == '\'' || c == '"' || c == '`') {
                quoted(c);
            } else {
                append(c);
                pos++;
            }
        }
        pos = end + 2;
    }

    private void quoted(char quote) {
        int openLine = line;
        int openColumn = pos - lineStart + 1;
        markStart();
        append(quote);
        pos++;
        while (pos < chars.length) {
            char c = chars[pos];
            if (c == '\\' && quote == '\'' && backslashEscapes && pos + 1 < chars.length) {
                append(c);
                append(chars[pos + 1]);
                pos += 2;
                continue;
            }
            append(c);
            pos++;
            if (c == quote) {
                if (pos < chars.length && chars[pos] == quote) {
                    append(quote);
                    pos++;
                    continue;
                }
                return;
            }
        }
        errors.add(new ImportPlan.Skipped(openLine, openColumn, excerpt(current.toString()),
                "Unterminated " + (quote == '\'' ? "string literal" : "quoted name") + " starting at line "
                        + openLine + ", column " + openColumn + " (the file may be truncated)"));
        clear();
    }

    private boolean dollarQuoted() {
        Matcher m = DOLLAR_TAG.matcher(sql).region(pos, chars.length);
        if (!m.lookingAt() || (pos > 0 && Character.isLetterOrDigit(chars[pos - 1]))) {
            return false;
        }
        String tag = m.group();
        int end = sql.indexOf(tag, pos + tag.length());
        int openLine = line;
        int openColumn = pos - lineStart + 1;
        markStart();
        if (end < 0) {
            errors.add(new ImportPlan.Skipped(openLine, openColumn, excerpt(sql.substring(pos)),
                    "Unterminated " + tag + " body starting at line " + openLine + ", column " + openColumn
                            + " (the file may be truncated)"));
            pos = chars.length;
            clear();
            return true;
        }
        for (int i = pos; i < end + tag.length(); i++) {
            append(chars[i]);
        }
        pos = end + tag.length();
        return true;
    }

    private void skipTo(char stop, boolean keep) {
        while (pos < chars.length && chars[pos] != stop) {
            if (keep) {
                append(chars[pos]);
            }
            pos++;
        }
    }

    private void append(char c) {
        if (c == '\n') {
            newline(pos);
        } else if (!Character.isWhitespace(c)) {
            markStart();
        }
        current.append(c);
    }

    private void clear() {
        current.setLength(0);
        started = false;
    }

    private void newline(int at) {
        line++;
        lineStart = at + 1;
    }

    private void markStart() {
        if (!started) {
            current.setLength(0);
            started = true;
            startLine = line;
            startColumn = pos - lineStart + 1;
        }
    }

    private void finish(boolean atEnd) {
        if (!atEnd && ";".equals(delimiter) && TRIGGER_BODY.matcher(current).matches() && !TRIGGER_END.matcher(current).find()) {
            // SQLite (and plain-SQL) triggers: the body's own semicolons do not end the CREATE TRIGGER.
            current.append(';');
            return;
        }
        String text = current.toString().strip();
        clear();
        if (text.isEmpty()) {
            return;
        }
        statements.add(new Statement(text, startLine, startColumn));
        if (COPY_FROM_STDIN.matcher(text).matches()) {
            skipCopyData();
        }
    }

    /** The data lines of {@code COPY … FROM stdin;}, up to a line holding only {@code \.}. */
    private void skipCopyData() {
        skipTo('\n', false);
        while (pos < chars.length) {
            newline(pos);
            pos++;
            int end = sql.indexOf('\n', pos);
            String row = end < 0 ? sql.substring(pos) : sql.substring(pos, end);
            pos = end < 0 ? chars.length : end;
            if (row.strip().equals("\\.")) {
                return;
            }
        }
    }

    private void error(String what) {
        errors.add(new ImportPlan.Skipped(line, pos - lineStart + 1, excerpt(sql.substring(pos)),
                what + " at line " + line + ", column " + (pos - lineStart + 1) + " (the file may be truncated)"));
        pos = chars.length;
        clear();
    }

    static String excerpt(String text) {
        String stripped = text.strip();
        // only the beginning is shown: collapse the white space of that, not of a whole (possibly huge) statement
        String oneLine = WHITESPACE.matcher(stripped.length() > 400 ? stripped.substring(0, 400) : stripped)
                .replaceAll(" ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80);
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}

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
 *
 * <p>One forward pass, linear in the input: nothing looks back over the text already read or re-reads the statement
 * being built. What a decision needs from earlier text is kept as state while reading it: whether the current line is
 * blank so far (for {@code DELIMITER} and psql commands), and for a {@code CREATE TRIGGER} whether its {@code BEGIN}
 * has been seen (so its body's semicolons do not end it). A dump of a few megabytes of blanks or a trigger body with
 * a million semicolons is read in time proportional to its size. The reading thread's interrupt stops it
 * ({@link ReadCancelledException}).
 */
final class StatementSplitter {

    /** One statement, {@code line}/{@code column} where its first character is. */
    record Statement(String text, int line, int column) {
    }

    /** The statements found and, when the text ends inside a quote, body or comment, where that began. */
    record Result(List<Statement> statements, List<ImportPlan.Skipped> errors) {
    }

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");
    /** Tried once per statement, at its first semicolon, on the statement's start only (lookingAt). */
    private static final Pattern TRIGGER_HEAD = Pattern.compile("(?i)\\s*CREATE\\s+(TEMP\\w*\\s+)?TRIGGER\\b");
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)^COPY\\s.*\\bFROM\\s+stdin.*");
    /** A MySQL client's delimiter is a few characters; a longer one would make every comparison with it costly. */
    static final int MAX_DELIMITER = 32;
    /** How many characters are read between two looks at the thread's interrupt flag. */
    private static final int CHECK_EVERY = 1 << 16;

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
    /** Whether the line read so far holds only white space (kept as a flag: looking back each time is quadratic). */
    private boolean blankLine = true;
    /** For the statement being built: 0 not yet known, 1 not a CREATE TRIGGER, 2 a CREATE TRIGGER. */
    private int trigger;
    /** For a CREATE TRIGGER: whether its BEGIN was seen, and how much of {@code current} was searched for it. */
    private boolean triggerBegun;
    private int searchedForBegin;
    private int nextCheck = CHECK_EVERY;

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
            if (pos >= nextCheck) {
                checkInterrupt();
            }
            char c = chars[pos];
            if (!started && blankLine && (c == '\\' || startsWithWord("DELIMITER"))) {
                clientCommand();
                continue;
            }
            if (c == delimiter.charAt(0) && sql.startsWith(delimiter, pos)) {
                pos += delimiter.length();
                blankLine = false;
                finish(false);
                continue;
            }
            if (c == '-' && sql.startsWith("--", pos)) {
                skipTo('\n', false);
                blankLine = false;
            } else if (c == '/' && sql.startsWith("/*", pos)) {
                blockComment();
                blankLine = false;
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

    /** Stops the reading when its thread was interrupted: a preview that was cancelled or replaced by a newer one. */
    private void checkInterrupt() {
        nextCheck = pos + CHECK_EVERY;
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadCancelledException();
        }
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
            if (value.length() > MAX_DELIMITER) {
                errors.add(new ImportPlan.Skipped(commandLine, column, excerpt(text), "A DELIMITER of "
                        + value.length() + " characters at line " + commandLine + ", column " + column + " (at most "
                        + MAX_DELIMITER + "; the file is not a usable dump)"));
                pos = chars.length;
                return;
            }
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
            errors.add(new ImportPlan.Skipped(openLine, openColumn, excerpt(rest()),
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
            blankLine = false;
        }
        current.append(c);
    }

    private void clear() {
        current.setLength(0);
        started = false;
        forgetTrigger();
    }

    private void forgetTrigger() {
        trigger = 0;
        triggerBegun = false;
        searchedForBegin = 0;
    }

    private void newline(int at) {
        line++;
        lineStart = at + 1;
        blankLine = true;
    }

    private void markStart() {
        if (!started) {
            current.setLength(0);
            forgetTrigger();
            started = true;
            startLine = line;
            startColumn = pos - lineStart + 1;
        }
    }

    private void finish(boolean atEnd) {
        if (!atEnd && ";".equals(delimiter) && insideTriggerBody()) {
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
        if (text.regionMatches(true, 0, "COPY", 0, 4) && COPY_FROM_STDIN.matcher(text).matches()) {
            skipCopyData();
        }
    }

    /**
     * Whether the statement being built is a CREATE TRIGGER whose BEGIN was seen and whose text does not yet end
     * with the word END. Each part of the buffer is looked at once: the head when the first semicolon comes, the rest
     * for BEGIN as it grows, and only the tail (back to the previous semicolon at most) for END.
     */
    private boolean insideTriggerBody() {
        if (trigger == 0) {
            trigger = TRIGGER_HEAD.matcher(current).lookingAt() ? 2 : 1;
        }
        if (trigger == 1) {
            return false;
        }
        if (!triggerBegun) {
            triggerBegun = containsWord(current, searchedForBegin, "BEGIN");
            searchedForBegin = current.length();
            if (!triggerBegun) {
                return false;
            }
        }
        return !endsWithWord(current, "END");
    }

    /** Whether {@code word} is a whole word of {@code text} from {@code from} on (a word begun before counts). */
    static boolean containsWord(CharSequence text, int from, String word) {
        int start = from;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        int i = start;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end - i == word.length() && sameWord(text, i, word)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Whether {@code text}, without trailing white space, ends with the whole word {@code word}. */
    static boolean endsWithWord(CharSequence text, String word) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end - word.length();
        return start >= 0 && (start == 0 || !isWordChar(text.charAt(start - 1))) && sameWord(text, start, word);
    }

    /** Whether {@code text} at {@code at} holds {@code word} (upper case), in any case. */
    private static boolean sameWord(CharSequence text, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.toUpperCase(text.charAt(at + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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

    /** The text from {@code pos} on, as much of it as an excerpt can show. */
    private String rest() {
        return sql.substring(pos, Math.min(chars.length, pos + 400));
    }

    private void error(String what) {
        errors.add(new ImportPlan.Skipped(line, pos - lineStart + 1, excerpt(rest()),
                what + " at line " + line + ", column " + (pos - lineStart + 1) + " (the file may be truncated)"));
        pos = chars.length;
        clear();
    }

    static String excerpt(String text) {
        String stripped = text.strip();
        // only the beginning is shown: collapse the white space of that, not of a whole (possibly huge) statement
        String oneLine = RawColumnTypes.oneBlank(stripped.length() > 400 ? stripped.substring(0, 400) : stripped);
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80);
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}

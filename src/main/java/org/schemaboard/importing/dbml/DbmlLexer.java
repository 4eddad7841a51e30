package org.schemaboard.importing.dbml;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DBML into tokens with their line and column. Comments ({@code //} to the end of the line, {@code /* … *}{@code /})
 * are dropped; whether a token starts a new line is kept, because a table body is one item per line.
 */
final class DbmlLexer {

    enum Kind {
        /** A bare word: letters, digits, underscores. */
        WORD,
        /** A double-quoted name, text without the quotes. */
        QUOTED,
        /** A single- or triple-quoted string, text unescaped. */
        STRING,
        /** A backtick expression, text as written. */
        EXPRESSION,
        NUMBER,
        /** {@code #fff}: a colour setting. */
        COLOR,
        /** One of {@code { } [ ] ( ) , : . < > - ~} or {@code <>}. */
        SYMBOL,
        END
    }

    record Token(Kind kind, String text, int line, int column, boolean firstOnLine) {

        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** A name: a bare word or a quoted name. */
        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        String describe() {
            return switch (kind) {
                case END -> "the end of the file";
                case STRING -> "a string";
                case EXPRESSION -> "an expression";
                case QUOTED -> "\"" + text + "\"";
                default -> "'" + text + "'";
            };
        }
    }

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean newLine = true;

    private DbmlLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new DbmlLexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", line, pos - lineStart + 1, true));
                return tokens;
            }
            tokens.add(next());
            newLine = false;
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
                newLine = true;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int startLine = line;
                int startColumn = pos - lineStart + 1;
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new DbmlSyntaxException(startLine, startColumn, "a comment /* … is never closed with */");
                }
                advanceTo(end + 2);
            } else {
                return;
            }
        }
    }

    /** Moves to {@code end}, counting the lines passed. */
    private void advanceTo(int end) {
        while (pos < end) {
            if (text.charAt(pos++) == '\n') {
                line++;
                lineStart = pos;
                newLine = true;
            }
        }
    }

    private Token next() {
        int startLine = line;
        int column = pos - lineStart + 1;
        boolean first = newLine;
        char c = text.charAt(pos);
        if (text.startsWith("'''", pos)) {
            return new Token(Kind.STRING, multiLine(startLine, column), startLine, column, first);
        }
        if (c == '\'' || c == '"' || c == '`') {
            String body = quoted(c, startLine, column);
            Kind kind = c == '\'' ? Kind.STRING : c == '"' ? Kind.QUOTED : Kind.EXPRESSION;
            return new Token(kind, body, startLine, column, first);
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || (text.charAt(pos) == '.'
                    && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))))) {
                pos++;
            }
            if (pos < text.length() && isWordChar(text.charAt(pos))) {
                while (pos < text.length() && isWordChar(text.charAt(pos))) {
                    pos++;
                }
                return new Token(Kind.WORD, text.substring(start, pos), startLine, column, first);
            }
            return new Token(Kind.NUMBER, text.substring(start, pos), startLine, column, first);
        }
        if (isWordChar(c)) {
            int start = pos;
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.WORD, text.substring(start, pos), startLine, column, first);
        }
        if (c == '#') {
            int start = pos++;
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.COLOR, text.substring(start, pos), startLine, column, first);
        }
        if (text.startsWith("<>", pos)) {
            pos += 2;
            return new Token(Kind.SYMBOL, "<>", startLine, column, first);
        }
        if ("{}[](),:.<>-~".indexOf(c) >= 0) {
            pos++;
            return new Token(Kind.SYMBOL, String.valueOf(c), startLine, column, first);
        }
        throw new DbmlSyntaxException(startLine, column, "unexpected character '" + c + "'");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A '…', "…" or `…` body; in a string or name a backslash escapes the quote, a backslash and \n, \t. */
    private String quoted(char quote, int startLine, int column) {
        StringBuilder body = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return body.toString();
            }
            if (c == '\n' && quote != '`') {
                break;
            }
            if (c == '\\' && pos + 1 < text.length() && quote == '`') {
                // an expression keeps its backslashes (a regular expression needs them); only \` is an escape
                body.append(text.charAt(pos + 1) == '`' ? "`" : "\\");
                pos += text.charAt(pos + 1) == '`' ? 2 : 1;
                continue;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char e = text.charAt(pos + 1);
                pos += 2;
                body.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            body.append(c);
            pos++;
        }
        String what = quote == '\'' ? "a string" : quote == '"' ? "a quoted name" : "an expression";
        throw new DbmlSyntaxException(startLine, column, what + " starting with " + quote + " is never closed on "
                + (quote == '`' ? "the rest of the file" : "its line"));
    }

    /**
     * A '''…''' string: the text between the quotes, without a first line break right after the opening quotes and
     * without the indentation its lines share, as DBML notes are written indented inside a block.
     */
    private String multiLine(int startLine, int column) {
        int start = pos + 3;
        int end = start;
        StringBuilder raw = new StringBuilder();
        while (true) {
            end = text.indexOf("'''", end);
            if (end < 0) {
                throw new DbmlSyntaxException(startLine, column, "a string starting with ''' is never closed");
            }
            if (text.charAt(end - 1) == '\\') {
                raw.append(text, start, end - 1).append("'''");
                start = end + 3;
                end = start;
                continue;
            }
            raw.append(text, start, end);
            break;
        }
        advanceTo(end + 3);
        return dedent(raw.toString());
    }

    static String dedent(String raw) {
        String body = raw.replace("\r\n", "\n");
        if (body.startsWith("\n")) {
            body = body.substring(1);
        }
        String[] lines = body.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                int indent = 0;
                while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
                    indent++;
                }
                common = Math.min(common, indent);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            out.append(l.isBlank() ? "" : l.substring(Math.min(common, l.length())));
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().stripTrailing();
    }
}

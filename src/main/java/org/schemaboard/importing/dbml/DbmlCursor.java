package org.schemaboard.importing.dbml;

import java.util.List;
import org.schemaboard.importing.dbml.DbmlLexer.Kind;
import org.schemaboard.importing.dbml.DbmlLexer.Token;

/** A position in the token list with the small steps the parser is made of: look ahead, take, expect, skip. */
abstract class DbmlCursor {

    private final List<Token> tokens;
    private int pos;

    DbmlCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    String name(Token t, String what) {
        if (!t.isName()) {
            throw error(t, "expected " + what + ", found " + t.describe());
        }
        return t.text();
    }

    String string(Token t, String what) {
        if (t.kind() != Kind.STRING) {
            throw error(t, "expected " + what + " in quotes, found " + t.describe());
        }
        return t.text();
    }

    /** The tokens from an opening bracket to its match, as text: {@code (12,2)}, {@code ('a', 'b')}. */
    String rawBalanced(String open, String close) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        Token start = peek();
        do {
            Token t = next();
            if (t.kind() == Kind.END) {
                throw error(start, open + " is never closed with " + close);
            }
            depth += t.is(open) ? 1 : t.is(close) ? -1 : 0;
            text.append(switch (t.kind()) {
                case STRING -> "'" + t.text().replace("'", "''") + "'";
                case QUOTED -> "\"" + t.text() + "\"";
                default -> t.text();
            });
            if (t.is(",")) {
                text.append(' ');
            }
        } while (depth > 0);
        return text.toString();
    }

    void skipBalanced(String open, String close) {
        Token start = expect(open);
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            if (t.kind() == Kind.END) {
                throw error(start, open + " is never closed with " + close);
            }
            depth += t.is(open) ? 1 : t.is(close) ? -1 : 0;
        }
    }

    Token expect(String symbol) {
        Token t = next();
        if (!t.is(symbol)) {
            throw error(t, "expected " + symbol + ", found " + t.describe());
        }
        return t;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    static DbmlSyntaxException error(Token at, String message) {
        return new DbmlSyntaxException(at, message);
    }
}

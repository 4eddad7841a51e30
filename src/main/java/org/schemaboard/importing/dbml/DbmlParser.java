package org.schemaboard.importing.dbml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemaboard.importing.dbml.DbmlDocument.Endpoint;
import org.schemaboard.importing.dbml.DbmlDocument.QualifiedName;
import org.schemaboard.importing.dbml.DbmlDocument.Setting;
import org.schemaboard.importing.dbml.DbmlLexer.Kind;
import org.schemaboard.importing.dbml.DbmlLexer.Token;

/**
 * Recursive descent over the tokens: one method per construct of the language (project, table, column, settings,
 * indexes, checks, references, enums, table groups, partials). Keywords are case-insensitive; anything unexpected is
 * a {@link DbmlSyntaxException} at the token where it was found.
 */
final class DbmlParser extends DbmlCursor {

    private final DbmlDocument doc = new DbmlDocument();

    private DbmlParser(List<Token> tokens) {
        super(tokens);
    }

    static DbmlDocument parse(String text) {
        return new DbmlParser(DbmlLexer.tokens(text)).document();
    }

    private DbmlDocument document() {
        while (peek().kind() != Kind.END) {
            Token keyword = next();
            if (keyword.kind() != Kind.WORD) {
                throw error(keyword, "expected Table, Ref, Enum, TableGroup, Project or Note");
            }
            switch (keyword.text().toLowerCase(Locale.ROOT)) {
                case "project" -> project();
                case "table" -> doc.tables.add(table(qualifiedName()));
                case "tablepartial" -> doc.partials.add(table(qualifiedName()));
                case "ref" -> ref(keyword);
                case "enum" -> enumType(keyword);
                case "tablegroup" -> group(keyword);
                case "note", "records" -> {
                    if (peek().isName()) {
                        next();
                    }
                    if (peek().is("(")) {
                        skipBalanced("(", ")");
                    }
                    doc.ignored.add(new Object[] {keyword.line(), keyword.text() + " block (not part of the model)"});
                    skipBalanced("{", "}");
                }
                default -> throw error(keyword, "expected Table, Ref, Enum, TableGroup, Project or Note, found "
                        + keyword.describe());
            }
        }
        return doc;
    }

    private void project() {
        if (peek().isName()) {
            doc.projectName = next().text();
        }
        expect("{");
        while (!peek().is("}")) {
            Token key = next();
            if (!key.isName()) {
                throw error(key, "expected a project setting such as database_type or Note, found " + key.describe());
            }
            if (key.isWord("note") && peek().is("{")) {
                doc.projectNote = noteBlock();
                continue;
            }
            expect(":");
            Token value = next();
            if (key.isWord("note")) {
                doc.projectNote = value.text();
            } else if (key.isWord("database_type")) {
                doc.databaseType = value.text();
            }
        }
        expect("}");
    }

    private String noteBlock() {
        expect("{");
        Token text = next();
        if (text.kind() != Kind.STRING) {
            throw error(text, "expected a note in quotes, found " + text.describe());
        }
        expect("}");
        return text.text();
    }

    private DbmlDocument.Table table(QualifiedName name) {
        DbmlDocument.Table table = new DbmlDocument.Table(name);
        if (peek().isWord("as")) {
            next();
            table.alias = name(next(), "an alias");
        }
        if (peek().is("[")) {
            table.settings.addAll(settings());
            Setting.find(table.settings, "note").ifPresent(s -> table.note = s.text());
        }
        expect("{");
        while (!peek().is("}")) {
            Token first = peek();
            if (first.kind() == Kind.END) {
                throw error(first, "the table " + name.display() + " is never closed with }");
            }
            if (first.is("~")) {
                next();
                table.injections.add(new DbmlDocument.Injection(name(next(), "a partial's name"),
                        table.columns.size(), first));
            } else if (first.isWord("note") && (peekAt(1).is(":") || peekAt(1).is("{"))) {
                next();
                if (peek().is("{")) {
                    table.note = noteBlock();
                } else {
                    expect(":");
                    table.note = string(next(), "a note");
                }
            } else if (first.isWord("indexes") && peekAt(1).is("{")) {
                next();
                indexes(table);
            } else if (first.isWord("checks") && peekAt(1).is("{")) {
                next();
                checks(table);
            } else if (first.isWord("records") && !peekAt(1).isName()) {
                next();
                if (peek().is("(")) {
                    skipBalanced("(", ")");
                }
                doc.ignored.add(new Object[] {first.line(), "records of table " + name.display() + " (sample data)"});
                skipBalanced("{", "}");
            } else {
                table.columns.add(column(name));
            }
        }
        expect("}");
        return table;
    }

    private DbmlDocument.Column column(QualifiedName table) {
        Token nameToken = next();
        String name = name(nameToken, "a column name");
        Token typeAt = peek();
        if (typeAt.firstOnLine() || !typeAt.isName()) {
            throw error(typeAt, "column " + name + " of table " + table.display() + " needs a type");
        }
        StringBuilder type = new StringBuilder(next().text());
        if (typeAt.kind() == Kind.WORD && peek().is(".") && !peek().firstOnLine()) {
            next();
            type.append('.').append(name(next(), "a type name"));
        }
        if (peek().is("(") && !peek().firstOnLine()) {
            type.append(rawBalanced("(", ")"));
        }
        if (peek().is("[") && peekAt(1).is("]")) {
            next();
            next();
            type.append("[]");
        }
        List<Setting> settings = peek().is("[") && !peek().firstOnLine() ? settings() : List.of();
        return new DbmlDocument.Column(name, type.toString(), typeAt, settings, nameToken, null);
    }

    /** {@code [a, b: value, ref: > t.c]}: the settings of a table, column, index, check or reference. */
    private List<Setting> settings() {
        expect("[");
        List<Setting> settings = new ArrayList<>();
        while (true) {
            Token at = peek();
            StringBuilder key = new StringBuilder();
            while (peek().kind() == Kind.WORD) {
                key.append(key.isEmpty() ? "" : " ").append(next().text().toLowerCase(Locale.ROOT));
            }
            if (key.isEmpty()) {
                throw error(at, "expected a setting, found " + at.describe());
            }
            List<Token> value = new ArrayList<>();
            if (peek().is(":")) {
                next();
                while (!peek().is(",") && !peek().is("]")) {
                    Token t = next();
                    if (t.kind() == Kind.END || t.is("[") || t.is("{") || t.is("}")) {
                        throw error(t, "setting " + key + " is not closed with ]");
                    }
                    value.add(t);
                }
                if (value.isEmpty()) {
                    throw error(peek(), "setting " + key + " needs a value after :");
                }
            }
            settings.add(new Setting(key.toString(), value, at));
            if (peek().is("]")) {
                next();
                return settings;
            }
            if (!peek().is(",")) {
                throw error(peek(), "expected , or ] to close the settings, found " + peek().describe());
            }
            next();
        }
    }

    private void indexes(DbmlDocument.Table table) {
        expect("{");
        while (!peek().is("}")) {
            Token at = peek();
            List<DbmlDocument.IndexPart> parts = new ArrayList<>();
            if (at.is("(")) {
                next();
                while (true) {
                    parts.add(indexPart());
                    if (peek().is(")")) {
                        next();
                        break;
                    }
                    expect(",");
                }
            } else {
                parts.add(indexPart());
            }
            List<Setting> settings = peek().is("[") && !peek().firstOnLine() ? settings() : List.of();
            table.indexes.add(new DbmlDocument.IndexDef(parts, settings, at));
        }
        expect("}");
    }

    private DbmlDocument.IndexPart indexPart() {
        Token t = next();
        if (t.kind() == Kind.EXPRESSION) {
            return new DbmlDocument.IndexPart(null, t.text(), t);
        }
        return new DbmlDocument.IndexPart(name(t, "a column name or `expression`"), null, t);
    }

    private void checks(DbmlDocument.Table table) {
        expect("{");
        while (!peek().is("}")) {
            Token expression = next();
            if (expression.kind() != Kind.EXPRESSION) {
                throw error(expression, "expected a check in backticks, found " + expression.describe());
            }
            List<Setting> settings = peek().is("[") && !peek().firstOnLine() ? settings() : List.of();
            table.checks.add(new DbmlDocument.Check(expression.text(),
                    Setting.find(settings, "name").map(Setting::text).orElse(null), expression));
        }
        expect("}");
    }

    private void ref(Token keyword) {
        String name = null;
        if (peek().isName()) {
            name = next().text();
        }
        if (peek().is(":")) {
            next();
            doc.refs.add(refBody(name, keyword));
            return;
        }
        expect("{");
        while (!peek().is("}")) {
            if (peek().kind() == Kind.END) {
                throw error(peek(), "the Ref block is never closed with }");
            }
            doc.refs.add(refBody(name, keyword));
        }
        expect("}");
    }

    private DbmlDocument.Ref refBody(String name, Token at) {
        Endpoint left = endpoint();
        String op = relation();
        Endpoint right = endpoint();
        List<Setting> settings = peek().is("[") && !peek().firstOnLine() ? settings() : List.of();
        return new DbmlDocument.Ref(name, left, op, right, settings, at);
    }

    /** {@code <}, {@code >}, {@code -} or {@code <>}. */
    String relation() {
        Token op = next();
        if (op.is("<") || op.is(">") || op.is("-") || op.is("<>")) {
            return op.text();
        }
        throw error(op, "expected a relation <, >, - or <>, found " + op.describe());
    }

    /** {@code table.column}, {@code schema.table.column}, {@code table.(a, b)}. */
    Endpoint endpoint() {
        Token at = peek();
        List<String> parts = new ArrayList<>();
        parts.add(name(next(), "a table name"));
        List<String> columns = null;
        while (peek().is(".")) {
            next();
            if (peek().is("(")) {
                next();
                columns = new ArrayList<>();
                while (true) {
                    columns.add(name(next(), "a column name"));
                    if (peek().is(")")) {
                        next();
                        break;
                    }
                    expect(",");
                }
                break;
            }
            parts.add(name(next(), "a name"));
        }
        if (columns == null) {
            if (parts.size() < 2) {
                throw error(at, "a reference needs table.column, found " + parts.get(0));
            }
            columns = List.of(parts.remove(parts.size() - 1));
        }
        if (parts.size() > 2) {
            throw error(at, "too many parts in " + String.join(".", parts) + " (schema.table.column at most)");
        }
        QualifiedName table = parts.size() == 2 ? new QualifiedName(parts.get(0), parts.get(1), at)
                : new QualifiedName(null, parts.get(0), at);
        return new Endpoint(table, List.copyOf(columns), at);
    }

    private void enumType(Token keyword) {
        QualifiedName name = qualifiedName();
        expect("{");
        List<String> values = new ArrayList<>();
        while (!peek().is("}")) {
            Token value = next();
            if (!value.isName() && value.kind() != Kind.STRING && value.kind() != Kind.NUMBER) {
                throw error(value, "expected a value of enum " + name.display() + ", found " + value.describe());
            }
            values.add(value.text());
            if (peek().is("[") && !peek().firstOnLine()) {
                settings();
            }
        }
        expect("}");
        doc.enums.add(new DbmlDocument.EnumType(name, values, keyword));
    }

    private void group(Token keyword) {
        String name = name(next(), "a table group name");
        if (peek().is("[")) {
            settings();
        }
        expect("{");
        List<QualifiedName> members = new ArrayList<>();
        while (!peek().is("}")) {
            if (peek().isWord("note") && (peekAt(1).is(":") || peekAt(1).is("{"))) {
                next();
                if (peek().is("{")) {
                    noteBlock();
                } else {
                    expect(":");
                    next();
                }
                continue;
            }
            members.add(qualifiedName());
        }
        expect("}");
        doc.groups.add(new DbmlDocument.Group(name, members, keyword));
    }

    private QualifiedName qualifiedName() {
        Token at = peek();
        String first = name(next(), "a name");
        if (peek().is(".")) {
            next();
            return new QualifiedName(first, name(next(), "a name"), at);
        }
        return new QualifiedName(null, first, at);
    }
}

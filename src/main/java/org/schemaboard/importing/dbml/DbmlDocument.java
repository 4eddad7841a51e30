package org.schemaboard.importing.dbml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a DBML file says, as written (names unresolved): the parser's output, the planner's input. */
final class DbmlDocument {

    String projectName;
    String databaseType;
    String projectNote;
    final List<Table> tables = new ArrayList<>();
    final List<Ref> refs = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Table> partials = new ArrayList<>();
    /** Parts the model has no place for (sticky notes, sample records …): line and what was left out. */
    final List<Object[]> ignored = new ArrayList<>();

    /** A setting in square brackets: {@code pk}, {@code not null}, {@code default: 0}; key in lower case. */
    record Setting(String key, List<DbmlLexer.Token> value, DbmlLexer.Token at) {

        boolean is(String k) {
            return key.equals(k);
        }

        /** The value as one piece of text: a string's text, an expression's text, or the words joined by spaces. */
        String text() {
            return String.join(" ", value.stream().map(DbmlLexer.Token::text).toList());
        }

        static Optional<Setting> find(List<Setting> settings, String key) {
            return settings.stream().filter(s -> s.is(key)).findFirst();
        }
    }

    /** A table or enum name with its schema (null when not written). */
    record QualifiedName(String schema, String name, DbmlLexer.Token at) {
        String key() {
            return (schema == null || schema.equalsIgnoreCase("public") ? "" : schema.toLowerCase(Locale.ROOT) + ".")
                    + name.toLowerCase(Locale.ROOT);
        }

        String display() {
            return schema == null ? name : schema + "." + name;
        }
    }

    static final class Table {
        final QualifiedName name;
        String alias;
        String note;
        final List<Column> columns = new ArrayList<>();
        final List<IndexDef> indexes = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<Setting> settings = new ArrayList<>();
        /** {@code ~partial} lines: the partial's name and how many columns came before it. */
        final List<Injection> injections = new ArrayList<>();

        Table(QualifiedName name) {
            this.name = name;
        }
    }

    /** {@code type} as written ({@code varchar(255)}, {@code "double precision"}, {@code v2.job_status}). */
    record Column(String name, String type, DbmlLexer.Token typeAt, List<Setting> settings, DbmlLexer.Token at,
                  String partialOf) {
    }

    record Injection(String partial, int position, DbmlLexer.Token at) {
    }

    /** One part of an index: a column name, or an expression written in backticks. */
    record IndexPart(String column, String expression, DbmlLexer.Token at) {
    }

    record IndexDef(List<IndexPart> parts, List<Setting> settings, DbmlLexer.Token at) {
    }

    record Check(String expression, String name, DbmlLexer.Token at) {
    }

    /** {@code table} and {@code columns} of one side of a reference. */
    record Endpoint(QualifiedName table, List<String> columns, DbmlLexer.Token at) {
        String display() {
            return table.display() + "." + (columns.size() == 1 ? columns.get(0)
                    : "(" + String.join(", ", columns) + ")");
        }
    }

    /** {@code left op right}: op is {@code <}, {@code >}, {@code -} or {@code <>}. */
    record Ref(String name, Endpoint left, String op, Endpoint right, List<Setting> settings, DbmlLexer.Token at) {
    }

    record EnumType(QualifiedName name, List<String> values, DbmlLexer.Token at) {
    }

    record Group(String name, List<QualifiedName> tables, DbmlLexer.Token at) {
    }
}

package org.schemaboard.importing.dbml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemaboard.importing.dbml.DbmlDocument.Endpoint;
import org.schemaboard.importing.dbml.DbmlDocument.Setting;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * Turns DBML references into the plan's foreign keys. {@code a > b} and {@code b < a}: a holds the key. {@code a - b}:
 * one-to-one, b holds the key (in a column's inline {@code ref: - b}, the column does), and its columns are made
 * unique. {@code a <> b}: many-to-many, through a junction table {@code a_b} with a column per key column of each
 * side, whose primary key is all of them.
 */
final class DbmlRefs {

    private static final Set<String> ACTIONS = Set.of("CASCADE", "RESTRICT", "SET NULL", "SET DEFAULT", "NO ACTION");

    private final DbmlReader reader;

    DbmlRefs(DbmlReader reader) {
        this.reader = reader;
    }

    /** {@code column [ref: > other.column]}: the column's table on the left. */
    void inline(DbmlReader.TableBuilder table, DbmlDocument.Column column, Setting ref) {
        if (ref.value().isEmpty()) {
            throw new DbmlSyntaxException(ref.at(), "ref needs a relation and a column: ref: > table.column");
        }
        String op = ref.value().get(0).text();
        if (!Set.of("<", ">", "-", "<>").contains(op)) {
            throw new DbmlSyntaxException(ref.value().get(0), "expected a relation <, >, - or <>, found " + op);
        }
        Endpoint self = new Endpoint(table.source.name, List.of(column.name()), column.at());
        Endpoint other = endpoint(ref);
        if (op.equals("-")) {
            // inline, the column that carries the ref holds the key
            add(null, other, self, ref.at(), List.of(), true);
        } else {
            relate(null, self, op, other, List.of(), ref.at());
        }
    }

    /** The endpoint after the relation in an inline ref: {@code users.id}, {@code core.users.id}. */
    private static Endpoint endpoint(Setting ref) {
        List<DbmlLexer.Token> rest = ref.value().subList(1, ref.value().size());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            DbmlLexer.Token t = rest.get(i);
            if (i % 2 == 0 ? !t.isName() : !t.is(".")) {
                throw new DbmlSyntaxException(t, "expected table.column after the relation, found " + t.describe());
            }
            if (t.isName()) {
                parts.add(t.text());
            }
        }
        DbmlLexer.Token at = rest.isEmpty() ? ref.at() : rest.get(0);
        if (parts.size() < 2 || parts.size() > 3) {
            throw new DbmlSyntaxException(at, "expected table.column or schema.table.column after the relation");
        }
        DbmlDocument.QualifiedName table = parts.size() == 3 ? new DbmlDocument.QualifiedName(parts.get(0),
                parts.get(1), at) : new DbmlDocument.QualifiedName(null, parts.get(0), at);
        return new Endpoint(table, List.of(parts.get(parts.size() - 1)), at);
    }

    void standalone(DbmlDocument.Ref ref) {
        relate(ref.name(), ref.left(), ref.op(), ref.right(), ref.settings(), ref.at());
    }

    private void relate(String name, Endpoint left, String op, Endpoint right, List<Setting> settings,
                        DbmlLexer.Token at) {
        switch (op) {
            case ">" -> add(name, right, left, at, settings, false);
            case "<" -> add(name, left, right, at, settings, false);
            case "-" -> add(name, left, right, at, settings, true);
            default -> junction(left, right, at);
        }
    }

    /** A foreign key of {@code referencing} to {@code referenced}. */
    private void add(String name, Endpoint referenced, Endpoint referencing, DbmlLexer.Token at,
                     List<Setting> settings, boolean oneToOne) {
        DbmlReader.TableBuilder to = reader.table(referenced.table());
        DbmlReader.TableBuilder from = reader.table(referencing.table());
        if (referenced.columns().size() != referencing.columns().size()) {
            throw new DbmlSyntaxException(referencing.at(), referencing.display() + " and " + referenced.display()
                    + " have different numbers of columns");
        }
        List<String> fromColumns = referencing.columns().stream()
                .map(c -> reader.columnName(from, c, referencing.at())).toList();
        List<String> toColumns = referenced.columns().stream()
                .map(c -> reader.columnName(to, c, referenced.at())).toList();
        String onDelete = null;
        String onUpdate = null;
        for (Setting s : settings) {
            switch (s.key()) {
                case "delete" -> onDelete = action(s);
                case "update" -> onUpdate = action(s);
                case "color", "name" -> { }
                default -> throw new DbmlSyntaxException(s.at(), "unknown reference setting '" + s.key()
                        + "' (delete, update)");
            }
        }
        if (oneToOne && !unique(from, fromColumns)) {
            from.uniques.add(fromColumns);
            reader.warnings.add(new ImportPlan.Warning(at.line(), from.name + fromColumns + ": made unique, as the "
                    + "one-to-one reference to " + to.name + " requires"));
        }
        reader.foreignKeys.add(new ImportPlan.ForeignKey(name, from.name, fromColumns, to.name, toColumns, onDelete,
                onUpdate, at.line()));
    }

    /** Whether the columns are the table's primary key, a unique constraint or a (full) unique index. */
    private boolean unique(DbmlReader.TableBuilder table, List<String> columns) {
        Set<String> wanted = keys(columns);
        return keys(table.primaryKey).equals(wanted) || table.uniques.stream().anyMatch(u -> keys(u).equals(wanted))
                || reader.indexes.stream().anyMatch(i -> i.table().equals(table.name) && i.unique()
                && i.where() == null && keys(i.columns().stream().map(ImportPlan.IndexColumn::name).toList())
                .equals(wanted));
    }

    private static Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(n.toLowerCase(Locale.ROOT)));
        return keys;
    }

    private static String action(Setting s) {
        String action = s.text().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!ACTIONS.contains(action)) {
            throw new DbmlSyntaxException(s.at(), s.key() + ": " + s.text() + " is not an action (cascade, "
                    + "restrict, set null, set default, no action)");
        }
        return action;
    }

    /** {@code a <> b}: a junction table with both sides' key columns as its primary key and two foreign keys. */
    private void junction(Endpoint left, Endpoint right, DbmlLexer.Token at) {
        DbmlReader.TableBuilder a = reader.table(left.table());
        DbmlReader.TableBuilder b = reader.table(right.table());
        String name = a.name + "_" + b.name;
        for (int n = 2; tableNamed(name); n++) {
            name = a.name + "_" + b.name + "_" + n;
        }
        DbmlDocument.Table source = new DbmlDocument.Table(new DbmlDocument.QualifiedName(null, name, at));
        DbmlReader.TableBuilder junction = new DbmlReader.TableBuilder(name, source);
        List<String> aColumns = junctionColumns(junction, a, left, at);
        List<String> bColumns = junctionColumns(junction, b, right, at);
        reader.tables.put(name.toLowerCase(Locale.ROOT), junction);
        reader.foreignKeys.add(new ImportPlan.ForeignKey(null, name, aColumns, a.name, left.columns().stream()
                .map(c -> a.column(c).name()).toList(), null, null, at.line()));
        reader.foreignKeys.add(new ImportPlan.ForeignKey(null, name, bColumns, b.name, right.columns().stream()
                .map(c -> b.column(c).name()).toList(), null, null, at.line()));
        reader.warnings.add(new ImportPlan.Warning(at.line(), left.display() + " <> " + right.display()
                + ": many-to-many, imported through a new junction table " + name));
    }

    private boolean tableNamed(String name) {
        return reader.tables.values().stream().anyMatch(t -> t.name.equalsIgnoreCase(name));
    }

    private List<String> junctionColumns(DbmlReader.TableBuilder junction, DbmlReader.TableBuilder side,
                                         Endpoint endpoint, DbmlLexer.Token at) {
        List<String> names = new ArrayList<>();
        for (String c : endpoint.columns()) {
            ImportPlan.Column referenced = side.column(reader.columnName(side, c, endpoint.at()));
            String name = side.name + "_" + referenced.name();
            for (int n = 2; junction.column(name) != null; n++) {
                name = side.name + "_" + referenced.name() + "_" + n;
            }
            String type = switch (referenced.type()) {
                case "SERIAL" -> "INTEGER";
                case "BIGSERIAL" -> "BIGINT";
                case "SMALLSERIAL" -> "SMALLINT";
                default -> referenced.type();
            };
            junction.columns.put(name.toLowerCase(Locale.ROOT), new ImportPlan.Column(name, type, referenced.length(),
                    referenced.precision(), referenced.scale(), false, null, null, null, false));
            junction.primaryKey.add(name);
            names.add(name);
        }
        return names;
    }
}

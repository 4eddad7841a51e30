package org.schemaboard.importing.dbml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.dbml.DbmlDocument.Setting;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * Reads a DBML file into a {@link DbmlPlan}. Pure. What the model cannot hold is said in warnings: enums become
 * {@code ENUM('a', 'b')} column types (as a PostgreSQL enum type does in a SQL import), schemas are dropped from names,
 * expression indexes are left out. {@code increment} sets the model's auto-increment on the integer column, a
 * one-to-one reference makes its foreign key columns unique (which is what makes it one-to-one), and a many-to-many
 * reference gets a junction table, which the import turns into a Junction entity with an N:M relationship.
 *
 * <p>Two readings go beyond DBML's own, so that a design written by {@code DbmlWriter} comes back whole: an index
 * part {@code `column DESC`} is that column in descending order, and an index note {@code 'WHERE …'} is the
 * predicate of a partial index.
 */
public final class DbmlReader {

    static final Set<String> WITH_PRECISION = Set.of("DECIMAL", "NUMERIC", "NUMBER", "TIMESTAMP", "TIME",
            "TIMESTAMP WITH TIME ZONE", "DATETIME", "FLOAT", "DOUBLE", "REAL");
    private static final Pattern ARGS = Pattern.compile("(?s)^(.*?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)$");
    private static final Pattern DIRECTED = Pattern.compile("(?i)^\\s*\"?([A-Za-z_][\\w$ ]*?)\"?\\s+(ASC|DESC)\\s*$");

    final List<ImportPlan.Warning> warnings = new ArrayList<>();
    final List<ImportPlan.Skipped> skipped = new ArrayList<>();
    /** By DBML key ({@code schema.table} lower case, without {@code public.}) and by alias. */
    final Map<String, TableBuilder> tables = new LinkedHashMap<>();
    final Map<String, TableBuilder> aliases = new HashMap<>();
    final List<ImportPlan.ForeignKey> foreignKeys = new ArrayList<>();
    final List<ImportPlan.IndexPlan> indexes = new ArrayList<>();

    private DbmlReader() {
    }

    /** Reads the file; a syntax or reference error gives a plan that names it (line and column) and imports nothing. */
    public static DbmlPlan read(String text) {
        DbmlReader reader = new DbmlReader();
        try {
            DbmlDocument doc = DbmlParser.parse(text);
            return reader.plan(doc);
        } catch (DbmlSyntaxException e) {
            ImportPlan failed = new ImportPlan(ImportDialect.POSTGRESQL, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(new ImportPlan.Skipped(e.line(), e.column(), "line " + e.line()
                    + ", column " + e.column(), e.getMessage())), List.of());
            return new DbmlPlan(failed, null, null, null, List.of());
        }
    }

    static final class TableBuilder {
        final String name;
        final DbmlDocument.Table source;
        final Map<String, ImportPlan.Column> columns = new LinkedHashMap<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final List<String> checks = new ArrayList<>();

        TableBuilder(String name, DbmlDocument.Table source) {
            this.name = name;
            this.source = source;
        }

        ImportPlan.Column column(String name) {
            return columns.get(name.toLowerCase(Locale.ROOT));
        }

        ImportPlan.Table toTable() {
            return new ImportPlan.Table(name, source == null ? null : source.note, List.copyOf(columns.values()),
                    primaryKey, uniques, checks, source == null ? 0 : source.name.at().line());
        }
    }

    private DbmlPlan plan(DbmlDocument doc) {
        Map<String, DbmlDocument.EnumType> enums = new HashMap<>();
        doc.enums.forEach(e -> enums.put(e.name().key(), e));
        Map<String, DbmlDocument.Table> partials = new HashMap<>();
        doc.partials.forEach(p -> partials.put(p.name.name().toLowerCase(Locale.ROOT), p));
        Map<String, Long> bareNames = new HashMap<>();
        doc.tables.forEach(t -> bareNames.merge(t.name.name().toLowerCase(Locale.ROOT), 1L, Long::sum));
        for (DbmlDocument.Table table : doc.tables) {
            DbmlDocument.QualifiedName name = table.name;
            if (tables.containsKey(name.key())) {
                throw new DbmlSyntaxException(name.at(), "table " + name.display() + " is declared twice");
            }
            String planName = name.name();
            if (name.schema() != null && !name.schema().equalsIgnoreCase("public")) {
                boolean clash = bareNames.get(name.name().toLowerCase(Locale.ROOT)) > 1;
                planName = clash ? name.schema() + "_" + name.name() : name.name();
                warnings.add(new ImportPlan.Warning(name.at().line(), name.display() + ": schemas are not part of "
                        + "the model; imported as " + planName));
            }
            TableBuilder builder = new TableBuilder(planName, table);
            tables.put(name.key(), builder);
            if (table.alias != null) {
                aliases.put(table.alias.toLowerCase(Locale.ROOT), builder);
            }
            columns(builder, table, partials, enums);
        }
        DbmlRefs refs = new DbmlRefs(this);
        for (TableBuilder table : List.copyOf(tables.values())) {
            tableIndexes(table, partials);
        }
        for (TableBuilder table : List.copyOf(tables.values())) {
            for (DbmlDocument.Column column : allColumns(table.source, partials)) {
                for (Setting ref : column.settings().stream().filter(s -> s.is("ref")).toList()) {
                    refs.inline(table, column, ref);
                }
            }
        }
        doc.refs.forEach(refs::standalone);
        List<DbmlPlan.Group> groups = new ArrayList<>();
        for (DbmlDocument.Group group : doc.groups) {
            groups.add(new DbmlPlan.Group(group.name(), group.tables().stream().map(t -> table(t).name).toList()));
        }
        doc.ignored.forEach(i -> warnings.add(new ImportPlan.Warning((Integer) i[0], "Left out: " + i[1])));
        TargetDatabase target = target(doc.databaseType);
        if (doc.databaseType != null && target == null) {
            warnings.add(new ImportPlan.Warning(1, "database_type '" + doc.databaseType + "' is not a target we "
                    + "support (PostgreSQL, MySQL, MariaDB, H2, SQLite); a new design is for PostgreSQL"));
        }
        ImportDialect dialect = target == null ? ImportDialect.POSTGRESQL : switch (target) {
            case MYSQL, MARIADB -> ImportDialect.MYSQL;
            case H2 -> ImportDialect.H2;
            case SQLITE -> ImportDialect.SQLITE;
            case POSTGRESQL -> ImportDialect.POSTGRESQL;
        };
        warnings.sort(java.util.Comparator.comparingInt(ImportPlan.Warning::line));
        ImportPlan plan = new ImportPlan(dialect, tables.values().stream().map(TableBuilder::toTable).toList(),
                foreignKeys, indexes, List.of(), skipped, warnings, List.of(), List.of());
        return new DbmlPlan(plan, target, doc.projectName, doc.projectNote, groups);
    }

    static TargetDatabase target(String databaseType) {
        if (databaseType == null) {
            return null;
        }
        String t = databaseType.strip().toLowerCase(Locale.ROOT);
        if (t.equals("postgres")) {
            return TargetDatabase.POSTGRESQL;
        }
        return java.util.Arrays.stream(TargetDatabase.values()).filter(d -> d.label().equalsIgnoreCase(t))
                .findFirst().orElse(null);
    }

    /** The table's own columns with its partials' columns injected where {@code ~partial} stands. */
    private static List<DbmlDocument.Column> allColumns(DbmlDocument.Table table,
                                                        Map<String, DbmlDocument.Table> partials) {
        if (table.injections.isEmpty()) {
            return table.columns;
        }
        List<DbmlDocument.Column> all = new ArrayList<>();
        int next = 0;
        for (DbmlDocument.Injection injection : table.injections) {
            all.addAll(table.columns.subList(next, injection.position()));
            next = injection.position();
            DbmlDocument.Table partial = partials.get(injection.partial().toLowerCase(Locale.ROOT));
            if (partial == null) {
                throw new DbmlSyntaxException(injection.at(), "TablePartial " + injection.partial()
                        + " is not declared");
            }
            // a column of the table itself wins over a partial's column of the same name
            partial.columns.stream().filter(c -> table.columns.stream().noneMatch(own -> own.name()
                    .equalsIgnoreCase(c.name()))).forEach(all::add);
        }
        all.addAll(table.columns.subList(next, table.columns.size()));
        return all;
    }

    private void columns(TableBuilder builder, DbmlDocument.Table table, Map<String, DbmlDocument.Table> partials,
                         Map<String, DbmlDocument.EnumType> enums) {
        for (DbmlDocument.Column column : allColumns(table, partials)) {
            String key = column.name().toLowerCase(Locale.ROOT);
            if (builder.columns.containsKey(key)) {
                throw new DbmlSyntaxException(column.at(), "column " + column.name() + " is declared twice in table "
                        + table.name.display());
            }
            builder.columns.put(key, column(builder, column, enums));
        }
        for (DbmlDocument.Check check : table.checks) {
            builder.checks.add(check.expression());
        }
        if (table.note == null) {
            table.injections.stream().map(i -> partials.get(i.partial().toLowerCase(Locale.ROOT)).note)
                    .filter(java.util.Objects::nonNull).findFirst().ifPresent(n -> table.note = n);
        }
    }

    private ImportPlan.Column column(TableBuilder table, DbmlDocument.Column column,
                                     Map<String, DbmlDocument.EnumType> enums) {
        String where = table.name + "." + column.name();
        String[] type = type(column.type(), enums);
        if (type[4] != null) {
            warnings.add(new ImportPlan.Warning(column.at().line(), where + ": enum " + type[4] + " written as "
                    + type[0] + " (the model has no enum types)"));
        }
        boolean nullable = true;
        String defaultValue = null;
        String note = null;
        List<String> checks = new ArrayList<>();
        boolean increment = false;
        for (Setting s : column.settings()) {
            switch (s.key()) {
                case "pk", "primary key" -> {
                    table.primaryKey.add(column.name());
                    nullable = false;
                }
                case "not null" -> nullable = false;
                case "null" -> nullable = true;
                case "unique" -> table.uniques.add(List.of(column.name()));
                case "increment" -> increment = true;
                case "note" -> note = s.text();
                case "default" -> defaultValue = defaultValue(s);
                case "check" -> checks.add(s.text());
                case "ref" -> { }
                default -> throw new DbmlSyntaxException(s.at(), "unknown column setting '" + s.key() + "' (pk, "
                        + "not null, null, unique, increment, default, note, check, ref)");
            }
        }
        if (increment) {
            // the model's auto-increment flag on the integer type itself, as the SQL import keeps it
            type = new String[] {integerType(type[0]), null, null, null, null};
            defaultValue = null;
        }
        String check = checks.isEmpty() ? null : checks.size() == 1 ? checks.get(0)
                : String.join(" AND ", checks.stream().map(c -> "(" + c + ")").toList());
        return new ImportPlan.Column(column.name(), type[0], integer(type[1]), integer(type[2]), integer(type[3]),
                nullable, defaultValue, note, check, increment);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    /**
     * The model's type, length, precision and scale of a DBML type, and the enum's name when it is one: the name in
     * upper case; {@code (n)} a length, or a precision for the types that have one; enums as {@code ENUM('a', 'b')}.
     */
    static String[] type(String written, Map<String, DbmlDocument.EnumType> enums) {
        String bare = written.endsWith("[]") ? written.substring(0, written.length() - 2) : written;
        String enumKey = bare.toLowerCase(Locale.ROOT).replaceFirst("^public\\.", "");
        DbmlDocument.EnumType enumType = enums.get(enumKey);
        if (enumType != null && !written.endsWith("[]")) {
            return new String[] {"ENUM(" + String.join(", ", enumType.values().stream()
                    .map(v -> "'" + v.replace("'", "''") + "'").toList()) + ")", null, null, null,
                    enumType.name().display()};
        }
        Matcher args = ARGS.matcher(written);
        if (args.matches()) {
            String base = args.group(1).strip().toUpperCase(Locale.ROOT);
            if (WITH_PRECISION.contains(base)) {
                return new String[] {base, null, args.group(2), args.group(3), null};
            }
            if (args.group(3) == null) {
                return new String[] {base, args.group(2), null, null, null};
            }
        }
        int paren = written.indexOf('(');
        String name = paren < 0 ? written.toUpperCase(Locale.ROOT)
                : written.substring(0, paren).toUpperCase(Locale.ROOT) + written.substring(paren);
        return new String[] {name, null, null, null, null};
    }

    /** The integer type an auto-increment column keeps: SERIAL types become their integer type. */
    static String integerType(String type) {
        return switch (type) {
            case "SMALLSERIAL" -> "SMALLINT";
            case "BIGSERIAL" -> "BIGINT";
            case "SERIAL" -> "INTEGER";
            default -> type;
        };
    }

    /** A default as SQL text: 'text' quoted SQL's way, numbers and `expressions` as written, true/false/null. */
    private static String defaultValue(Setting s) {
        List<DbmlLexer.Token> value = s.value();
        DbmlLexer.Token first = value.get(0);
        if (value.size() == 1 && first.kind() == DbmlLexer.Kind.STRING) {
            return "'" + first.text().replace("'", "''") + "'";
        }
        if (value.size() == 1 && (first.kind() == DbmlLexer.Kind.EXPRESSION || first.kind() == DbmlLexer.Kind.NUMBER)) {
            return first.text();
        }
        if (value.size() == 2 && first.is("-") && value.get(1).kind() == DbmlLexer.Kind.NUMBER) {
            return "-" + value.get(1).text();
        }
        if (value.size() == 1 && first.kind() == DbmlLexer.Kind.WORD
                && Set.of("true", "false", "null").contains(first.text().toLowerCase(Locale.ROOT))) {
            return first.text().toUpperCase(Locale.ROOT);
        }
        throw new DbmlSyntaxException(first, "a default is a number, a 'string', an `expression`, true, false or "
                + "null; found " + s.text());
    }

    private void tableIndexes(TableBuilder table, Map<String, DbmlDocument.Table> partials) {
        List<DbmlDocument.IndexDef> all = new ArrayList<>(table.source.indexes);
        table.source.injections.forEach(i -> all.addAll(partials.get(i.partial().toLowerCase(Locale.ROOT)).indexes));
        for (DbmlDocument.IndexDef index : all) {
            List<ImportPlan.IndexColumn> columns = new ArrayList<>();
            String expression = null;
            for (DbmlDocument.IndexPart part : index.parts()) {
                if (part.column() != null) {
                    columns.add(new ImportPlan.IndexColumn(columnName(table, part.column(), part.at()), false));
                    continue;
                }
                Matcher directed = DIRECTED.matcher(part.expression());
                if (directed.matches() && table.column(directed.group(1).strip()) != null) {
                    columns.add(new ImportPlan.IndexColumn(table.column(directed.group(1).strip()).name(),
                            directed.group(2).equalsIgnoreCase("DESC")));
                } else {
                    expression = part.expression();
                }
            }
            String name = null;
            boolean unique = false;
            boolean pk = false;
            String method = null;
            String where = null;
            for (Setting s : index.settings()) {
                switch (s.key()) {
                    case "pk", "primary key" -> pk = true;
                    case "unique" -> unique = true;
                    case "name" -> name = s.text();
                    case "type" -> method = s.text().toLowerCase(Locale.ROOT);
                    case "note" -> where = s.text().regionMatches(true, 0, "WHERE ", 0, 6)
                            ? s.text().substring(6).strip() : where;
                    default -> throw new DbmlSyntaxException(s.at(), "unknown index setting '" + s.key()
                            + "' (pk, unique, name, type, note)");
                }
            }
            String label = "index " + (name == null ? "" : name + " ") + "of " + table.name;
            if (expression != null) {
                skipped.add(new ImportPlan.Skipped(index.at().line(), index.at().column(), label, "on the "
                        + "expression `" + expression + "`; the model indexes columns only"));
            } else if (pk) {
                table.primaryKey.clear();
                columns.forEach(c -> table.primaryKey.add(c.name()));
                columns.forEach(c -> table.columns.computeIfPresent(c.name().toLowerCase(Locale.ROOT), (k, col) ->
                        new ImportPlan.Column(col.name(), col.type(), col.length(), col.precision(), col.scale(),
                                false, col.defaultValue(), col.comment(), col.check(), col.autoIncrement())));
            } else {
                if (method != null && !Set.of("btree", "hash", "gin", "gist", "brin", "fulltext", "spatial").contains(method)) {
                    warnings.add(new ImportPlan.Warning(index.at().line(), label + ": index type " + method
                            + " is not one the model knows; imported as btree"));
                    method = null;
                }
                indexes.add(new ImportPlan.IndexPlan(name, table.name, columns, unique, where, method,
                        index.at().line()));
            }
        }
    }

    /** The column as the table declares it; an error at {@code at} when it does not. */
    String columnName(TableBuilder table, String column, DbmlLexer.Token at) {
        ImportPlan.Column c = table.column(column);
        if (c == null) {
            throw new DbmlSyntaxException(at, "table " + table.source.name.display() + " has no column " + column);
        }
        return c.name();
    }

    /** The table a reference or group names, by name or alias; an error at its position when there is none. */
    TableBuilder table(DbmlDocument.QualifiedName name) {
        TableBuilder table = tables.get(name.key());
        if (table == null && name.schema() == null) {
            table = aliases.get(name.name().toLowerCase(Locale.ROOT));
        }
        if (table == null) {
            throw new DbmlSyntaxException(name.at(), "table " + name.display() + " is not declared");
        }
        return table;
    }
}

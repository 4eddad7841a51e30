package org.schemaboard.importing.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.relationship.Relationship;

/**
 * A design's exported DDL run on the engine of each dialect ({@link TestEngines}): what went wrong, as sentences — a
 * statement the engine refused, or a table, column or foreign key (with its actions) of the model that the database
 * does not have. For tests outside this package (the demo design, the export's test designs).
 */
public final class DdlOnEngines {

    private DdlOnEngines() {
    }

    /** Whether the dialect's engine is there to run on (H2 always is). */
    public static boolean available(SqlDialectChoice dialect) {
        return TestEngines.available(engine(dialect));
    }

    public static String unavailableMessage(SqlDialectChoice dialect) {
        return TestEngines.unavailableMessage(engine(dialect));
    }

    /** Exports the model for the dialect, runs it in a fresh database of that engine and lists what does not match. */
    public static List<String> problems(DesignModel model, SqlDialectChoice dialect) throws SQLException {
        String ddl = SpecificationExport.ddl(model, dialect);
        List<String> problems = new ArrayList<>();
        try (TestEngines.Database db = TestEngines.create(engine(dialect), "model_" + dialect.name())) {
            db.run(ddl).forEach(f -> problems.add("refused: " + f));
            SchemaFacts.Structure facts = SchemaFacts.structure(db.connection, db.catalog(), db.schema());
            TreeSet<String> tables = new TreeSet<>();
            TreeSet<String> columns = new TreeSet<>();
            for (Entity e : model.entities()) {
                tables.add(lower(e.name()));
                e.attributes().forEach(a -> columns.add(lower(e.name()) + "." + lower(a.name())));
            }
            compare("table", tables, facts.tables(), problems);
            compare("column", columns, facts.columns(), problems);
            compare("foreign key", expectedForeignKeys(model, dialect), facts.foreignKeys(), problems);
            compare("auto-increment column", expectedAutoIncrement(model), facts.autoIncrement(), problems);
        }
        return problems;
    }

    /**
     * Runs the scripts one after the other in a fresh database of the dialect's engine and describes the schema they
     * leave as sorted lines: tables, columns (type, size, nullability), primary keys, foreign keys with both
     * actions, indexes by columns and uniqueness — the catalog facts two schemas are compared by. A statement the
     * engine refuses is a line {@code refused: …}.
     */
    public static List<String> schemaAfter(SqlDialectChoice dialect, String... scripts) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (TestEngines.Database db = TestEngines.create(engine(dialect), "schema_" + dialect.name())) {
            for (String script : scripts) {
                db.run(script).forEach(f -> lines.add("refused: " + f));
            }
            SchemaFacts.Structure s = SchemaFacts.structure(db.connection, db.catalog(), db.schema());
            s.tables().forEach(x -> lines.add("table " + x));
            s.primaryKeys().forEach(x -> lines.add("pk " + x));
            s.foreignKeys().forEach(x -> lines.add("fk " + x));
            s.indexes().forEach(x -> lines.add("index " + x));
            java.sql.DatabaseMetaData meta = db.connection.getMetaData();
            for (String table : s.tables()) {
                try (java.sql.ResultSet rs = meta.getColumns(db.catalog(), db.schema(), "%", "%")) {
                    while (rs.next()) {
                        if (lower(rs.getString("TABLE_NAME")).equals(table)) {
                            lines.add("column " + table + "." + lower(rs.getString("COLUMN_NAME")) + " "
                                    + rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT) + "(" + rs.getInt("COLUMN_SIZE")
                                    + "," + rs.getInt("DECIMAL_DIGITS") + ") "
                                    + (rs.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNoNulls ? "NOT NULL" : "NULL"));
                        }
                    }
                }
            }
        }
        java.util.Collections.sort(lines);
        return lines;
    }

    private static void compare(String what, java.util.SortedSet<String> expected, java.util.SortedSet<String> actual,
                                List<String> problems) {
        expected.stream().filter(x -> !actual.contains(x)).forEach(x -> problems.add("missing " + what + " " + x));
        actual.stream().filter(x -> !expected.contains(x)).forEach(x -> problems.add("unexpected " + what + " " + x));
    }

    /**
     * The columns the engine numbers: auto-increment attributes and the SERIAL types, except foreign-key columns,
     * which take their key's type without its identity.
     */
    private static TreeSet<String> expectedAutoIncrement(DesignModel model) {
        java.util.Set<UUID> foreignKeyColumns = new java.util.HashSet<>();
        model.relationships().forEach(r -> r.columns().forEach(p -> foreignKeyColumns.add(p.toAttributeId())));
        TreeSet<String> columns = new TreeSet<>();
        for (Entity e : model.entities()) {
            for (Attribute a : e.attributes()) {
                boolean serial = a.dataType().toUpperCase(Locale.ROOT).matches("(BIG|SMALL)?SERIAL[248]?");
                if ((a.autoIncrement() || serial) && !foreignKeyColumns.contains(a.id())) {
                    columns.add(lower(e.name()) + "." + lower(a.name()));
                }
            }
        }
        return columns;
    }

    private static TreeSet<String> expectedForeignKeys(DesignModel model, SqlDialectChoice dialect) {
        Map<UUID, Attribute> attributes = model.attributesById();
        Map<UUID, Entity> entities = new java.util.HashMap<>();
        model.entities().forEach(e -> entities.put(e.id(), e));
        TreeSet<String> keys = new TreeSet<>();
        for (Relationship r : model.relationships()) {
            if (r.columns().isEmpty()) {
                continue;
            }
            String from = String.join(",", r.columns().stream().map(p -> lower(attributes.get(p.toAttributeId()).name())).toList());
            String to = String.join(",", r.columns().stream().map(p -> lower(attributes.get(p.fromAttributeId()).name())).toList());
            keys.add(lower(entities.get(r.toEntityId()).name()) + "(" + from + ") -> " + lower(entities.get(r.fromEntityId()).name())
                    + "(" + to + ") ON DELETE " + action(r.onDelete().sql(), dialect) + " ON UPDATE "
                    + action(r.onUpdate().sql(), dialect));
        }
        return keys;
    }

    /**
     * InnoDB has no SET DEFAULT: the export writes NO ACTION there, with a comment. H2 checks a key at once either
     * way and its metadata reports NO ACTION as RESTRICT.
     */
    private static String action(String sql, SqlDialectChoice dialect) {
        if (dialect == SqlDialectChoice.MYSQL && sql.equals("SET DEFAULT")) {
            return "NO ACTION";
        }
        return dialect == SqlDialectChoice.H2 && sql.equals("NO ACTION") ? "RESTRICT" : sql;
    }

    private static TestEngines.Engine engine(SqlDialectChoice dialect) {
        return switch (dialect) {
            case POSTGRESQL -> TestEngines.Engine.POSTGRESQL;
            case MYSQL -> TestEngines.Engine.MARIADB;
            case H2 -> TestEngines.Engine.H2;
        };
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

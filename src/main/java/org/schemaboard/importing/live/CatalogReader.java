package org.schemaboard.importing.live;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.TypeText;

/**
 * Reads one schema of a live database into an {@link ImportPlan}: tables, columns (type, nullability, default,
 * comment, auto-increment), primary keys, unique constraints, checks, foreign keys with their ON DELETE/UPDATE
 * actions, indexes and views through {@link DatabaseMetaData} and {@code information_schema}, plus
 * {@link EngineCatalog} for what those leave out. The schema is the connection's current one (PostgreSQL {@code
 * public} or the URL's {@code currentSchema}, the URL's database on MySQL, {@code PUBLIC} on H2). There are no lines
 * in a catalog: each element's "line" is its table's position in name order, so the preview stays in that order.
 */
final class CatalogReader {

    private static final Pattern NOT_NULL_CHECK = Pattern.compile("(?i)^\\(?\"?\\w+\"? IS NOT NULL\\)?$");
    private static final Set<String> WITH_LENGTH = TypeText.WITH_LENGTH;
    private static final Set<String> WITH_PRECISION = TypeText.WITH_PRECISION;

    private final Connection connection;
    private final ImportDialect dialect;
    private final String catalog;
    private final String schema;
    private final List<ImportPlan.Warning> warnings = new ArrayList<>();

    private CatalogReader(Connection connection, ImportDialect dialect) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        if (dialect == ImportDialect.MYSQL) {
            this.catalog = connection.getCatalog();
            this.schema = null;
        } else {
            this.catalog = null;
            this.schema = connection.getSchema();
        }
    }

    static ImportPlan read(Connection connection, ImportDialect dialect) throws SQLException {
        return new CatalogReader(connection, dialect).read();
    }

    /** The schema (or MySQL database) read, for messages. */
    private String schemaName() {
        return schema != null ? schema : catalog;
    }

    private ImportPlan read() throws SQLException {
        if (schemaName() == null || schemaName().isBlank()) {
            throw new LiveDatabaseException("The URL names no database to read; add it (jdbc:mariadb://host:3306/db)");
        }
        DatabaseMetaData meta = connection.getMetaData();
        EngineCatalog engine = EngineCatalog.of(dialect, connection, schemaName());
        Map<String, String> comments = new HashMap<>();
        List<String> tableNames = new ArrayList<>();
        List<String> viewNames = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
                String name = rs.getString("TABLE_NAME");
                if (type.equals("TABLE") || type.equals("PARTITIONED TABLE") || type.equals("BASE TABLE")) {
                    if (!engine.partitions().contains(name)) {
                        tableNames.add(name);
                        comments.put(name, blankToNull(rs.getString("REMARKS")));
                    }
                } else if (type.equals("VIEW")) {
                    viewNames.add(name);
                }
            }
        }
        tableNames.sort(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<List<String>>> uniques = uniqueConstraints();
        Map<String, List<String>> checks = checks();
        List<ImportPlan.Table> tables = new ArrayList<>();
        List<ImportPlan.ForeignKey> foreignKeys = new ArrayList<>();
        List<ImportPlan.IndexPlan> indexes = new ArrayList<>();
        int line = 0;
        for (String name : tableNames) {
            line++;
            List<String> primaryKey = primaryKey(meta, name);
            List<ImportPlan.Column> columns = columns(meta, name, engine, checks.getOrDefault(name, List.of()));
            List<String> tableChecks = checks.getOrDefault(name, List.of()).stream()
                    .filter(c -> singleColumn(c, columns) == null).toList();
            List<List<String>> tableUniques = uniques.getOrDefault(name, List.of());
            tables.add(new ImportPlan.Table(name, comments.get(name), columns, primaryKey, tableUniques, tableChecks,
                    line));
            foreignKeys.addAll(foreignKeys(meta, name, line));
            indexes.addAll(indexes(meta, name, primaryKey, tableUniques, columns, engine, line));
        }
        List<ImportPlan.View> views = new ArrayList<>();
        Map<String, String> definitions = viewDefinitions();
        for (String view : viewNames) {
            String body = definitions.getOrDefault(view, "").strip();
            views.add(new ImportPlan.View(view, "CREATE VIEW " + view + " AS " + body, 0));
        }
        List<ImportPlan.Partitioning> partitionings = engine.partitionings().stream()
                .map(p -> new ImportPlan.Partitioning(p.table(), p.strategy(), p.key(), p.partitions(),
                        Math.max(1, tableNames.indexOf(p.table()) + 1), p.subpartitioned())).toList();
        return new ImportPlan(dialect, tables, foreignKeys, indexes, views, List.of(), warnings, List.of(),
                partitionings);
    }

    private List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private List<ImportPlan.Column> columns(DatabaseMetaData meta, String table, EngineCatalog engine,
                                            List<String> checks) throws SQLException {
        List<ImportPlan.Column> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                names.add(name);
                String written = engine.type(table, name);
                String[] type = written != null ? TypeText.split(written) : metaType(rs);
                boolean autoIncrement = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))
                        || engine.identity(table, name);
                String defaultValue = blankToNull(rs.getString("COLUMN_DEF"));
                if (autoIncrement) {
                    type[0] = switch (type[0]) {
                        case "SERIAL" -> "INTEGER";
                        case "BIGSERIAL" -> "BIGINT";
                        case "SMALLSERIAL" -> "SMALLINT";
                        default -> type[0];
                    };
                    defaultValue = null;
                }
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                columns.add(new ImportPlan.Column(name, type[0], integer(type[1]), integer(type[2]),
                        integer(type[3]), nullable, defaultValue, blankToNull(rs.getString("REMARKS")), null,
                        autoIncrement));
            }
        }
        // a CHECK that names one column only is that column's
        List<ImportPlan.Column> withChecks = new ArrayList<>();
        for (ImportPlan.Column c : columns) {
            String check = checks.stream().filter(k -> c.name().equals(singleColumn(k, columns))).findFirst()
                    .orElse(null);
            withChecks.add(check == null ? c : new ImportPlan.Column(c.name(), c.type(), c.length(), c.precision(),
                    c.scale(), c.nullable(), c.defaultValue(), c.comment(), check, c.autoIncrement()));
        }
        return withChecks;
    }

    /** The one column a check names, or null when it names none or several. */
    private static String singleColumn(String check, List<ImportPlan.Column> columns) {
        String named = null;
        for (ImportPlan.Column c : columns) {
            if (Pattern.compile("(?i)(?<![\\w\"`])[\"`]?" + Pattern.quote(c.name()) + "[\"`]?(?![\\w\"`])")
                    .matcher(check).find()) {
                if (named != null) {
                    return null;
                }
                named = c.name();
            }
        }
        return named;
    }

    /** A type from DatabaseMetaData: name, then length or precision and scale where the type takes them. */
    private static String[] metaType(ResultSet rs) throws SQLException {
        String name = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
        int size = rs.getInt("COLUMN_SIZE");
        boolean sized = !rs.wasNull() && size > 0 && size < 65536;
        int digits = rs.getInt("DECIMAL_DIGITS");
        boolean hasDigits = !rs.wasNull();
        if (WITH_LENGTH.contains(name) && sized) {
            return new String[] {name, String.valueOf(size), null, null};
        }
        if (WITH_PRECISION.contains(name) && sized && size <= 1000) {
            return new String[] {name, null, String.valueOf(size), hasDigits ? String.valueOf(digits) : null};
        }
        return new String[] {name, null, null, null};
    }

    private List<ImportPlan.ForeignKey> foreignKeys(DatabaseMetaData meta, String table, int line)
            throws SQLException {
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        Map<String, String[]> heads = new HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                String key = name != null ? name : rs.getString("PKTABLE_NAME") + "#" + byName.size();
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {rs.getString("FKCOLUMN_NAME"),
                        rs.getString("PKCOLUMN_NAME"), String.valueOf(rs.getInt("KEY_SEQ"))});
                heads.put(key, new String[] {name, rs.getString("PKTABLE_NAME"), action(rs.getInt("DELETE_RULE")),
                        action(rs.getInt("UPDATE_RULE"))});
            }
        }
        List<ImportPlan.ForeignKey> keys = new ArrayList<>();
        byName.forEach((key, pairs) -> {
            pairs.sort(java.util.Comparator.comparingInt(p -> Integer.parseInt(p[2])));
            String[] head = heads.get(key);
            keys.add(new ImportPlan.ForeignKey(head[0], table, pairs.stream().map(p -> p[0]).toList(), head[1],
                    pairs.stream().map(p -> p[1]).toList(), head[2], head[3], line));
        });
        return keys;
    }

    /** A JDBC rule as the SQL words; NO ACTION (the default) as null, the way a dump that does not say it reads. */
    private static String action(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> null;
        };
    }

    private List<ImportPlan.IndexPlan> indexes(DatabaseMetaData meta, String table, List<String> primaryKey,
                                               List<List<String>> uniques, List<ImportPlan.Column> columns,
                                               EngineCatalog engine, int line) throws SQLException {
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new String[] {rs.getString("COLUMN_NAME"),
                        rs.getString("ASC_OR_DESC"), String.valueOf(rs.getInt("ORDINAL_POSITION"))});
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<ImportPlan.IndexPlan> indexes = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> index : byName.entrySet()) {
            List<String[]> parts = index.getValue();
            parts.sort(java.util.Comparator.comparingInt(p -> Integer.parseInt(p[2])));
            List<String> names = parts.stream().map(p -> p[0]).toList();
            boolean isUnique = unique.get(index.getKey());
            if (isUnique && (names.equals(primaryKey) || uniques.contains(names))) {
                continue;  // the primary key's or a unique constraint's own index
            }
            String expression = names.stream().filter(n -> columns.stream().noneMatch(c -> c.name().equals(n)))
                    .findFirst().orElse(null);
            if (expression != null) {
                warnings.add(new ImportPlan.Warning(line, table + "." + index.getKey() + ": index on an expression ("
                        + expression + ") left out; the model indexes columns"));
                continue;
            }
            EngineCatalog.IndexFacts facts = engine.index(table, index.getKey());
            indexes.add(new ImportPlan.IndexPlan(index.getKey(), table, parts.stream().map(p ->
                    new ImportPlan.IndexColumn(p[0], "D".equals(p[1]))).toList(), isUnique,
                    facts == null ? null : facts.where(), facts == null ? null : facts.method(), line));
        }
        return indexes;
    }

    /** Unique constraints by table, each as its column list in key order (from information_schema). */
    private Map<String, List<List<String>>> uniqueConstraints() throws SQLException {
        Map<String, Map<String, List<String>>> byTable = new HashMap<>();
        query("SELECT tc.table_name, tc.constraint_name, kcu.column_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name"
                + " AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name"
                + " WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = ?"
                + " ORDER BY tc.table_name, tc.constraint_name, kcu.ordinal_position", rs ->
                byTable.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3)));
        Map<String, List<List<String>>> out = new HashMap<>();
        byTable.forEach((table, constraints) -> out.put(table, List.copyOf(constraints.values())));
        return out;
    }

    /** CHECK constraints by table, as their conditions (NOT NULL, which PostgreSQL lists as checks, left out). */
    private Map<String, List<String>> checks() {
        Map<String, List<String>> out = new HashMap<>();
        try {
            query("SELECT tc.table_name, cc.check_clause FROM information_schema.table_constraints tc"
                    + " JOIN information_schema.check_constraints cc ON cc.constraint_name = tc.constraint_name"
                    + " AND cc.constraint_schema = tc.constraint_schema"
                    + " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = ?"
                    + " ORDER BY tc.table_name, tc.constraint_name", rs -> {
                        String clause = rs.getString(2);
                        if (clause != null && !NOT_NULL_CHECK.matcher(clause.strip()).matches()) {
                            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(unwrap(clause.strip()));
                        }
                    });
        } catch (SQLException e) {
            warnings.add(new ImportPlan.Warning(0, "CHECK constraints could not be read from this server ("
                    + e.getMessage() + "); they are left out"));
        }
        return out;
    }

    private Map<String, String> viewDefinitions() {
        Map<String, String> out = new HashMap<>();
        try {
            query("SELECT table_name, view_definition FROM information_schema.views WHERE table_schema = ?",
                    rs -> out.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)));
        } catch (SQLException e) {
            warnings.add(new ImportPlan.Warning(0, "View definitions could not be read (" + e.getMessage() + ")"));
        }
        return out;
    }

    /** "(price > 0)" → "price > 0": the outer parentheses PostgreSQL and MariaDB add. */
    private static String unwrap(String clause) {
        String text = clause;
        while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) throws SQLException {
        query(connection, sql, schemaName(), row);
    }

    static void query(Connection connection, String sql, String schema, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(LiveConnection.QUERY_SECONDS);
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

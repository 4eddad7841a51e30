package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/**
 * Reads a schema back through JDBC's {@link DatabaseMetaData} and compares it with the model it was exported from:
 * tables, columns, primary keys, foreign keys with their delete rules, and index names. Names are compared
 * case-insensitively (H2 folds unquoted names to upper case, PostgreSQL to lower case).
 */
final class SchemaAssertions {

    private SchemaAssertions() {
    }

    static void assertSchemaMatchesModel(Connection connection, String schema, DesignModel model) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, String> tables = tables(meta, schema);
        assertThat(tables.keySet()).as("tables").containsExactlyInAnyOrderElementsOf(
                model.entities().stream().map(e -> lower(e.name())).toList());
        Map<java.util.UUID, Entity> byId = new HashMap<>();
        model.entities().forEach(e -> byId.put(e.id(), e));
        for (Entity e : model.entities()) {
            String table = tables.get(lower(e.name()));
            assertThat(columns(meta, schema, table)).as("columns of " + e.name())
                    .containsExactlyElementsOf(e.attributes().stream().map(a -> lower(a.name())).toList());
            assertThat(primaryKey(meta, schema, table)).as("primary key of " + e.name())
                    .containsExactlyInAnyOrderElementsOf(e.primaryKey().stream().map(a -> lower(a.name())).toList());
            assertThat(foreignKeys(meta, schema, table)).as("foreign keys of " + e.name())
                    .containsExactlyInAnyOrderElementsOf(expectedForeignKeys(model, byId, e));
            Set<String> indexNames = indexNames(meta, schema, table);
            for (Index i : model.indexesOf(e.id())) {
                assertThat(indexNames).as("indexes of " + e.name()).contains(lower(i.name()));
            }
        }
    }

    /** "orders(user_id) -> users(id) ON DELETE RESTRICT" for each relationship that is a foreign key of the entity. */
    private static List<String> expectedForeignKeys(DesignModel model, Map<java.util.UUID, Entity> byId, Entity e) {
        Map<java.util.UUID, Attribute> attributes = model.attributesById();
        List<String> expected = new ArrayList<>();
        for (Relationship r : model.relationships()) {
            if (r.toEntityId().equals(e.id()) && !r.columns().isEmpty()) {
                List<String> columns = r.columns().stream().map(p -> lower(attributes.get(p.toAttributeId()).name())).toList();
                List<String> keys = r.columns().stream().map(p -> lower(attributes.get(p.fromAttributeId()).name())).toList();
                expected.add(lower(e.name()) + "(" + String.join(",", columns) + ") -> " + lower(byId.get(r.fromEntityId()).name())
                        + "(" + String.join(",", keys) + ") ON DELETE " + r.onDelete().sql());
            }
        }
        return expected;
    }

    private static Map<String, String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        Map<String, String> tables = new HashMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                tables.put(lower(rs.getString("TABLE_NAME")), rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                columns.add(lower(rs.getString("COLUMN_NAME")));
            }
        }
        return columns;
    }

    private static Set<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.add(lower(rs.getString("COLUMN_NAME")));
            }
        }
        return columns;
    }

    private static List<String> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, List<String[]>> byName = new HashMap<>();
        Map<String, String> rule = new HashMap<>();
        Map<String, String> referenced = new HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new String[] {
                        lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKCOLUMN_NAME")), rs.getString("KEY_SEQ")});
                rule.put(name, deleteRule(rs.getShort("DELETE_RULE")).sql());
                referenced.put(name, lower(rs.getString("PKTABLE_NAME")));
            }
        }
        List<String> keys = new ArrayList<>();
        byName.forEach((name, pairs) -> {
            pairs.sort((x, y) -> Integer.parseInt(x[2]) - Integer.parseInt(y[2]));
            keys.add(lower(table) + "(" + String.join(",", pairs.stream().map(p -> p[0]).toList()) + ") -> "
                    + referenced.get(name) + "(" + String.join(",", pairs.stream().map(p -> p[1]).toList())
                    + ") ON DELETE " + rule.get(name));
        });
        return keys;
    }

    private static Set<String> indexNames(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    names.add(lower(rs.getString("INDEX_NAME")));
                }
            }
        }
        return names;
    }

    private static ReferentialAction deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

package org.schemaboard.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Constraint;
import org.jooq.Field;

/**
 * What {@link DdlRenderer} wrote, element by element, as it wrote it: each table's columns and keys (with the names
 * it allocated), each foreign key and each index. {@link MigrationDdl} builds ALTER statements from these pieces, so
 * a migration names and types everything exactly as the schema export of either state does.
 */
final class DdlParts {

    /** A constraint with the jOOQ object that renders it. */
    record KeyPart(MigrationDdl.Key key, Constraint constraint) {
    }

    private final Map<UUID, List<UUID>> columnsByEntity = new HashMap<>();
    /** Each column's jOOQ field, made when first asked for: a migration asks for those of the tables it touches. */
    private final Map<UUID, java.util.function.Supplier<Field<?>>> columns = new HashMap<>();
    final Map<UUID, List<KeyPart>> keysByEntity = new HashMap<>();
    final Map<UUID, KeyPart> foreignKeys = new LinkedHashMap<>();
    final Map<UUID, MigrationDdl.IndexDef> indexes = new LinkedHashMap<>();
    final Map<UUID, String> comments = new HashMap<>();
    /** False when nobody will read the pieces (a whole script): keeping 200,000 columns' was a tenth of its cost. */
    private boolean kept = true;

    /** Keeps nothing from now on: the renderer writes a whole script, no migration reads the pieces. */
    void discard() {
        kept = false;
    }

    boolean kept() {
        return kept;
    }

    void column(UUID entityId, UUID attributeId, java.util.function.Supplier<Field<?>> field) {
        if (!kept) {
            return;
        }
        columnsByEntity.computeIfAbsent(entityId, k -> new ArrayList<>()).add(attributeId);
        Field<?>[] made = new Field<?>[1];
        columns.put(attributeId, () -> made[0] != null ? made[0] : (made[0] = field.get()));
    }

    Field<?> column(UUID attributeId) {
        return columns.get(attributeId).get();
    }

    List<Field<?>> columns(UUID entityId) {
        return columnsByEntity.getOrDefault(entityId, List.of()).stream().<Field<?>>map(this::column).toList();
    }

    void key(UUID entityId, MigrationDdl.Key key, Constraint constraint) {
        if (!kept) {
            return;
        }
        keysByEntity.computeIfAbsent(entityId, k -> new ArrayList<>()).add(new KeyPart(key, constraint));
    }

    void foreignKey(UUID relationshipId, MigrationDdl.Key key, Constraint constraint) {
        if (!kept) {
            return;
        }
        foreignKeys.put(relationshipId, new KeyPart(key, constraint));
    }
}

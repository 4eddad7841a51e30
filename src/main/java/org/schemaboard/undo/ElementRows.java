package org.schemaboard.undo;

import static org.schemaboard.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes elements as plain rows, whatever their kind: a state is the element's row and its children's rows,
 * each column as text ({@link State}). This is what lets one mechanism undo every kind of change.
 */
@Repository
class ElementRows {

    /** Columns that say who wrote a row and when, not what it holds: they never make a conflict. */
    static final Set<String> BOOKKEEPING = Set.of("created_at", "updated_by", "updated_at", "version");
    private static final int CHUNK = 1000;

    private final DSLContext db;

    ElementRows(DSLContext db) {
        this.db = db;
    }

    /** The current states of the elements that exist, by id. */
    Map<UUID, State> read(ElementKind kind, Collection<UUID> ids) {
        Map<UUID, State> states = new HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            for (Record r : db.selectFrom(kind.table).where(kind.id().in(chunk)).fetch()) {
                states.put(r.get(kind.id()), new State(text(r, kind.table), new LinkedHashMap<>()));
            }
            for (ElementKind.Child child : kind.children) {
                for (Record r : db.selectFrom(child.table()).where(child.parent().in(chunk))
                        .orderBy(child.table().getPrimaryKey().getFields()).fetch()) {
                    State state = states.get(r.get(child.parent()));
                    if (state != null) {
                        state.children().computeIfAbsent(name(child.table()), k -> new ArrayList<>())
                                .add(text(r, child.table()));
                    }
                }
            }
        }
        return states;
    }

    /** The elements the database would delete together with this one. */
    Map<ElementKind, Set<UUID>> dependants(ElementKind kind, UUID id) {
        Map<ElementKind, Set<UUID>> found = new LinkedHashMap<>();
        for (ElementKind.Dependant d : kind.dependants) {
            ElementKind dependantKind = ElementKind.of(d.type()).orElseThrow();
            found.computeIfAbsent(dependantKind, k -> new LinkedHashSet<>())
                    .addAll(db.selectDistinct(d.yields()).from(d.match().getTable()).where(d.match().eq(id))
                            .fetch(d.yields()));
        }
        return found;
    }

    /**
     * Makes the element's rows say {@code target} (null: delete it). An existing row keeps its id and gets the next
     * version, so an editor holding the old version sees a conflict rather than overwriting the undo.
     */
    void write(ElementKind kind, UUID id, State current, State target, UUID actor) {
        if (target == null) {
            db.deleteFrom(kind.table).where(kind.id().eq(id)).execute();
            return;
        }
        Map<Field<?>, Object> values = values(kind.table, target.row());
        OffsetDateTime now = OffsetDateTime.now();
        set(kind.table, values, "updated_by", actor);
        set(kind.table, values, "updated_at", now);
        if (current == null) {
            db.insertInto(kind.table).set(values).execute();
        } else {
            values.remove(kind.id());
            set(kind.table, values, "version", Integer.parseInt(current.row().getOrDefault("version", "0")) + 1);
            db.update(kind.table).set(values).where(kind.id().eq(id)).execute();
        }
        for (ElementKind.Child child : kind.children) {
            db.deleteFrom(child.table()).where(child.parent().eq(id)).execute();
            for (Map<String, String> row : target.children().getOrDefault(name(child.table()), List.of())) {
                db.insertInto(child.table()).set(values(child.table(), row)).execute();
            }
        }
    }

    /** The name of an account as people read it, for a message. */
    String displayName(String accountId) {
        if (accountId == null) {
            return null;
        }
        return db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(UUID.fromString(accountId)))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElse(null);
    }

    private static String name(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    /** The table's column of this (lower-case) name, or null. */
    private static Field<?> field(Table<?> table, String column) {
        for (Field<?> f : table.fields()) {
            if (f.getName().equalsIgnoreCase(column)) {
                return f;
            }
        }
        return null;
    }

    private static void set(Table<?> table, Map<Field<?>, Object> values, String column, Object value) {
        Field<?> field = field(table, column);
        if (field != null) {
            values.put(field, value);
        }
    }

    private static Map<String, String> text(Record r, Table<?> table) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Field<?> f : table.fields()) {
            Object value = r.get(f);
            row.put(f.getName().toLowerCase(Locale.ROOT), value == null ? null : value.toString());
        }
        return row;
    }

    private static Map<Field<?>, Object> values(Table<?> table, Map<String, String> row) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        row.forEach((column, text) -> {
            Field<?> field = field(table, column);
            if (field != null) {
                values.put(field, text == null ? null : value(field, text));
            }
        });
        return values;
    }

    private static Object value(Field<?> field, String text) {
        if (field.getType() == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        }
        return field.getDataType().convert(text);
    }
}

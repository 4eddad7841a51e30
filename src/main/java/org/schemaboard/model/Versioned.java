package org.schemaboard.model;

import static org.schemaboard.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.schemaboard.base.ConflictException;

/**
 * Optimistic locking for the model's element tables, which all have ID, VERSION, UPDATED_BY and UPDATED_AT: an update
 * or delete applies only while the row is still at the version the person loaded.
 */
public final class Versioned {

    private Versioned() {
    }

    /** @return whether the row was at {@code expectedVersion}; if so it now holds {@code values}, one version on */
    public static boolean update(DSLContext db, Table<?> table, UUID id, int expectedVersion, UUID actor,
                          Map<Field<?>, Object> values) {
        Map<Field<?>, Object> all = new LinkedHashMap<>(values);
        Field<Integer> version = version(table);
        all.put(updatedBy(table), actor);
        all.put(table.field("UPDATED_AT", OffsetDateTime.class), OffsetDateTime.now());
        all.put(version, version.plus(1));
        return db.update(table).set(all)
                .where(id(table).eq(id).and(version.eq(expectedVersion)))
                .execute() == 1;
    }

    public static boolean delete(DSLContext db, Table<?> table, UUID id, int expectedVersion) {
        return db.deleteFrom(table).where(id(table).eq(id).and(version(table).eq(expectedVersion))).execute() == 1;
    }

    /** The conflict to report after a failed {@link #update} or {@link #delete}: who changed it and when. */
    public static ConflictException conflict(DSLContext db, Table<?> table, UUID id, String what) {
        return db.select(APP_USER.DISPLAY_NAME, table.field("UPDATED_AT", OffsetDateTime.class))
                .from(table).join(APP_USER).on(APP_USER.ID.eq(updatedBy(table)))
                .where(id(table).eq(id))
                .fetchOptional(r -> new ConflictException(what, r.value1(), r.value2()))
                .orElseGet(() -> ConflictException.deleted(what));
    }

    private static Field<UUID> id(Table<?> table) {
        return table.field("ID", UUID.class);
    }

    /** Who changed the row last: the account's id, like every {@code updated_by}. */
    private static Field<UUID> updatedBy(Table<?> table) {
        return table.field("UPDATED_BY", UUID.class);
    }

    private static Field<Integer> version(Table<?> table) {
        return table.field("VERSION", Integer.class);
    }
}

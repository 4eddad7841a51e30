package org.schemaboard.model;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.schemaboard.base.ConflictException;

/**
 * The rows of one kind of element that a design holds directly, with a name unique in the design, and that a person
 * saves as a whole: the element's own row (ID, DESIGN_ID, NAME, CREATED_AT, UPDATED_BY, UPDATED_AT, VERSION) and the
 * rows that belong to it (its columns, its links), which are replaced on every save. A subclass says which columns a
 * draft sets and how its parts are written.
 *
 * @param <D> the draft a person submits
 */
public abstract class DesignElementRepository<D> {

    protected final DSLContext db;
    private final Table<?> table;
    private final Field<UUID> id;
    private final Field<UUID> designId;
    private final Field<String> name;

    protected DesignElementRepository(DSLContext db, Table<?> table) {
        this.db = db;
        this.table = table;
        this.id = table.field("ID", UUID.class);
        this.designId = table.field("DESIGN_ID", UUID.class);
        this.name = table.field("NAME", String.class);
    }

    /** The columns of the element's own row that {@code draft} sets. */
    protected abstract Columns values(D draft);

    /** Column values of a row, each checked against its column's type. */
    protected static final class Columns {
        private final Map<Field<?>, Object> values = new LinkedHashMap<>();

        public Columns() {
        }

        public <T> Columns set(Field<T> column, T value) {
            values.put(column, value);
            return this;
        }
    }

    /**
     * Replaces the links of one element in a link table: the rows where {@code from} is {@code elementId} become one
     * per target, with the target in {@code to}.
     */
    protected void replaceLinks(TableField<?, UUID> from, UUID elementId, TableField<?, UUID> to,
                                Collection<UUID> targets) {
        db.deleteFrom(from.getTable()).where(from.eq(elementId)).execute();
        for (UUID target : targets) {
            db.insertInto(from.getTable()).set(from, elementId).set(to, target).execute();
        }
    }

    /** Writes the rows that belong to the element (replacing what it had), after its own row. */
    protected abstract void replaceParts(UUID elementId, D draft);

    public Optional<UUID> designOf(UUID elementId) {
        return db.select(designId).from(table).where(id.eq(elementId)).fetchOptional(designId);
    }

    /**
     * Locks the element's row until the transaction ends, so what is read of it next is what an update replaces.
     *
     * @return whether the row still exists
     */
    public boolean lock(UUID elementId) {
        return db.select(id).from(table).where(id.eq(elementId)).forUpdate().fetchOptional().isPresent();
    }

    public boolean nameTaken(UUID design, String candidate, UUID exceptId) {
        var condition = designId.eq(design).and(DSL.lower(name).eq(candidate.toLowerCase()));
        return db.fetchExists(table, exceptId == null ? condition : condition.and(id.ne(exceptId)));
    }

    public void insert(UUID elementId, UUID design, D draft, UUID actor) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(table)
                .set(id, elementId).set(designId, design)
                .set(values(draft).values)
                .set(table.field("CREATED_AT", OffsetDateTime.class), now)
                .set(table.field("UPDATED_BY", UUID.class), actor)
                .set(table.field("UPDATED_AT", OffsetDateTime.class), now)
                .set(table.field("VERSION", Integer.class), 1)
                .execute();
        replaceParts(elementId, draft);
    }

    /** @return whether the row was at {@code expectedVersion} (and so was updated, with its parts) */
    public boolean update(UUID elementId, int expectedVersion, D draft, UUID actor) {
        if (!Versioned.update(db, table, elementId, expectedVersion, actor, values(draft).values)) {
            return false;
        }
        replaceParts(elementId, draft);
        return true;
    }

    /** Deletes the row (its parts go with it by ON DELETE CASCADE) if it is at {@code expectedVersion}. */
    public boolean delete(UUID elementId, int expectedVersion) {
        return Versioned.delete(db, table, elementId, expectedVersion);
    }

    /** The conflict to report after a refused update or delete: who changed the element last and when. */
    public ConflictException conflict(UUID elementId, String what) {
        return Versioned.conflict(db, table, elementId, what);
    }
}

package org.schemaboard.model;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.schemaboard.base.Change;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.SignedInUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write path of an element that a design holds directly and a person saves as a whole (an index, a query
 * pattern), written once: each write is one transaction that checks the caller may edit the design, validates the
 * draft, writes the rows with an optimistic version check (a stale edit is a {@link ConflictException} naming who
 * changed the element and when) and ends with {@link ModelChanges#record}. A subclass adds its rules and how the
 * element is read.
 *
 * @param <D> the draft a person submits
 * @param <E> the element as the model reads it
 */
public abstract class DesignElementService<D extends Named, E extends Named> {

    protected final ModelChanges changes;
    protected final ModelReader reader;
    private final ElementType type;
    private final DesignElementRepository<D> rows;
    private final Function<UUID, Optional<E>> find;

    /** @param find reads the element as it is now (from {@code reader}) */
    protected DesignElementService(ElementType type, DesignElementRepository<D> rows,
                                   Function<UUID, Optional<E>> find, ModelReader reader, ModelChanges changes) {
        this.type = type;
        this.rows = rows;
        this.find = find;
        this.reader = reader;
        this.changes = changes;
    }

    /** The draft tidied and checked against the design; {@code existingId} is null for a new element. */
    protected abstract D validate(UUID designId, D draft, UUID existingId);

    /** Whether another element of this kind in the design has the name (case-insensitively). */
    protected boolean nameTaken(UUID designId, String name, UUID existingId) {
        return rows.nameTaken(designId, name, existingId);
    }

    @Transactional
    public UUID create(UUID designId, D draft) {
        SignedInUser me = changes.requireEditor(designId);
        D clean = validate(designId, draft, null);
        UUID id = UUID.randomUUID();
        rows.insert(id, designId, clean, me.id());
        changes.record(Change.to(designId, type, id, clean.name()).created(clean));
        return id;
    }

    @Transactional
    public void update(UUID elementId, int expectedVersion, D draft) {
        UUID designId = designOf(elementId);
        SignedInUser me = changes.requireEditor(designId);
        changes.before(designId, type, elementId);
        E before = loadForUpdate(elementId);
        D clean = validate(designId, draft, elementId);
        if (!rows.update(elementId, expectedVersion, clean, me.id())) {
            throw rows.conflict(elementId, what(before));
        }
        changes.record(Change.to(designId, type, elementId, clean.name()).updated(before, clean));
    }

    @Transactional
    public void delete(UUID elementId, int expectedVersion) {
        UUID designId = designOf(elementId);
        changes.requireEditor(designId);
        changes.before(designId, type, elementId);
        E before = loadForUpdate(elementId);
        if (!rows.delete(elementId, expectedVersion)) {
            throw rows.conflict(elementId, what(before));
        }
        changes.record(Change.to(designId, type, elementId, before.name()).deleted(before));
    }

    /**
     * The element as it is before this write, its row locked until the transaction ends: the audit line's old value
     * is then exactly what the write replaces, even when someone else saved in between the person's load and now.
     */
    private E loadForUpdate(UUID elementId) {
        if (!rows.lock(elementId)) {
            throw gone();
        }
        return find.apply(elementId).orElseThrow(this::gone);
    }

    private UUID designOf(UUID elementId) {
        return rows.designOf(elementId).orElseThrow(this::gone);
    }

    private NotFoundException gone() {
        return new NotFoundException("This " + type.label() + " no longer exists; it may have been deleted.");
    }

    /** "The index idx_orders_user", for a conflict message. */
    private String what(E element) {
        return "The " + type.label() + " " + element.name();
    }
}

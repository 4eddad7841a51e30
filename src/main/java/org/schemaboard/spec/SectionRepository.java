package org.schemaboard.spec;

import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.DESIGN_SECTION;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.schemaboard.base.ConflictException;
import org.springframework.stereotype.Repository;

/** One row per design and section; the section's record as JSON in CONTENT. */
@Repository
class SectionRepository {

    /** A stored row with its id, which the audit log uses as the element id. */
    record Row(UUID id, StoredSection<SectionContent> stored) {
    }

    private final DSLContext db;

    SectionRepository(DSLContext db) {
        this.db = db;
    }

    Specification load(UUID designId) {
        Map<SpecSection, StoredSection<?>> sections = new EnumMap<>(SpecSection.class);
        rows(DESIGN_SECTION.DESIGN_ID.eq(designId)).forEach(r ->
                // A key this version does not know (written by a newer one) is left alone rather than failing.
                SpecSection.byKey(r.get(DESIGN_SECTION.SECTION_KEY))
                        .ifPresent(section -> sections.put(section, stored(section, r))));
        return new Specification(designId, sections);
    }

    Optional<Row> find(UUID designId, SpecSection section) {
        return rows(DESIGN_SECTION.DESIGN_ID.eq(designId).and(DESIGN_SECTION.SECTION_KEY.eq(section.key())))
                .stream().findFirst()
                .map(r -> new Row(r.get(DESIGN_SECTION.ID), stored(section, r)));
    }

    /** The sections' rows with the username of who saved each last. */
    private Result<Record> rows(Condition condition) {
        return db.select(DESIGN_SECTION.fields()).select(APP_USER.USERNAME)
                .from(DESIGN_SECTION).join(APP_USER).on(APP_USER.ID.eq(DESIGN_SECTION.UPDATED_BY))
                .where(condition)
                .fetch();
    }

    private static StoredSection<SectionContent> stored(SpecSection section, Record r) {
        SectionContent content = SectionJson.read(section, r.get(DESIGN_SECTION.CONTENT));
        return new StoredSection<>(content, r.get(DESIGN_SECTION.VERSION), r.get(APP_USER.USERNAME),
                r.get(DESIGN_SECTION.UPDATED_AT), SectionJson.filled(content));
    }

    void insert(UUID id, UUID designId, SectionContent content, UUID actor) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(DESIGN_SECTION)
                .set(DESIGN_SECTION.ID, id)
                .set(DESIGN_SECTION.DESIGN_ID, designId)
                .set(DESIGN_SECTION.SECTION_KEY, content.section().key())
                .set(DESIGN_SECTION.CONTENT, SectionJson.write(content))
                .set(DESIGN_SECTION.CREATED_AT, now)
                .set(DESIGN_SECTION.UPDATED_BY, actor)
                .set(DESIGN_SECTION.UPDATED_AT, now)
                .set(DESIGN_SECTION.VERSION, 1)
                .execute();
    }

    /** @return whether the row was still at {@code expectedVersion} (and now holds the content, one version on) */
    boolean update(UUID id, int expectedVersion, SectionContent content, UUID actor) {
        return db.update(DESIGN_SECTION)
                .set(DESIGN_SECTION.CONTENT, SectionJson.write(content))
                .set(DESIGN_SECTION.UPDATED_BY, actor)
                .set(DESIGN_SECTION.UPDATED_AT, OffsetDateTime.now())
                .set(DESIGN_SECTION.VERSION, DESIGN_SECTION.VERSION.plus(1))
                .where(DESIGN_SECTION.ID.eq(id).and(DESIGN_SECTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** The conflict to report when the section is not at the version the person loaded: who saved it and when. */
    ConflictException conflict(UUID designId, SpecSection section) {
        String what = "The section " + section.label();
        return db.select(APP_USER.DISPLAY_NAME, DESIGN_SECTION.UPDATED_AT)
                .from(DESIGN_SECTION).join(APP_USER).on(APP_USER.ID.eq(DESIGN_SECTION.UPDATED_BY))
                .where(DESIGN_SECTION.DESIGN_ID.eq(designId).and(DESIGN_SECTION.SECTION_KEY.eq(section.key())))
                .fetchOptional(r -> new ConflictException(what, r.value1(), r.value2()))
                .orElseGet(() -> ConflictException.deleted(what));
    }
}

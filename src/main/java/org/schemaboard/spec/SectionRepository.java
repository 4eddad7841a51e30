package org.schemaboard.spec;

import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.DESIGN_SECTION;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
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
        db.selectFrom(DESIGN_SECTION).where(DESIGN_SECTION.DESIGN_ID.eq(designId)).fetch().forEach(r ->
                // A key this version does not know (written by a newer one) is left alone rather than failing.
                SpecSection.byKey(r.getSectionKey()).ifPresent(section -> {
                    SectionContent content = SectionJson.read(section, r.getContent());
                    sections.put(section, new StoredSection<>(content, r.getVersion(), r.getUpdatedBy(),
                            r.getUpdatedAt(), SectionJson.filled(content)));
                }));
        return new Specification(designId, sections);
    }

    Optional<Row> find(UUID designId, SpecSection section) {
        return db.selectFrom(DESIGN_SECTION)
                .where(DESIGN_SECTION.DESIGN_ID.eq(designId).and(DESIGN_SECTION.SECTION_KEY.eq(section.key())))
                .fetchOptional()
                .map(r -> {
                    SectionContent content = SectionJson.read(section, r.getContent());
                    return new Row(r.getId(), new StoredSection<>(content, r.getVersion(), r.getUpdatedBy(),
                            r.getUpdatedAt(), SectionJson.filled(content)));
                });
    }

    void insert(UUID id, UUID designId, SectionContent content, String actor) {
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
    boolean update(UUID id, int expectedVersion, SectionContent content, String actor) {
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
        var row = db.select(DESIGN_SECTION.UPDATED_BY, DESIGN_SECTION.UPDATED_AT).from(DESIGN_SECTION)
                .where(DESIGN_SECTION.DESIGN_ID.eq(designId).and(DESIGN_SECTION.SECTION_KEY.eq(section.key())))
                .fetchOne();
        String what = "The section " + section.label();
        if (row == null) {
            return ConflictException.deleted(what);
        }
        String name = db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.USERNAME.eq(row.value1()))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElse(row.value1());
        return new ConflictException(what, name, row.value2());
    }
}

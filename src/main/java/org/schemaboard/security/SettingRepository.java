package org.schemaboard.security;

import static org.schemaboard.db.Tables.INSTANCE_SETTING;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Instance settings changed in the UI: name → text value. */
@Repository
class SettingRepository {

    private final DSLContext db;

    SettingRepository(DSLContext db) {
        this.db = db;
    }

    Optional<String> find(String name) {
        return db.select(INSTANCE_SETTING.SETTING).from(INSTANCE_SETTING).where(INSTANCE_SETTING.NAME.eq(name))
                .fetchOptional(INSTANCE_SETTING.SETTING);
    }

    void put(String name, String value, UUID actor) {
        OffsetDateTime now = OffsetDateTime.now();
        int updated = db.update(INSTANCE_SETTING)
                .set(INSTANCE_SETTING.SETTING, value)
                .set(INSTANCE_SETTING.UPDATED_BY, actor)
                .set(INSTANCE_SETTING.UPDATED_AT, now)
                .set(INSTANCE_SETTING.VERSION, INSTANCE_SETTING.VERSION.plus(1))
                .where(INSTANCE_SETTING.NAME.eq(name))
                .execute();
        if (updated == 0) {
            db.insertInto(INSTANCE_SETTING)
                    .set(INSTANCE_SETTING.NAME, name)
                    .set(INSTANCE_SETTING.SETTING, value)
                    .set(INSTANCE_SETTING.UPDATED_BY, actor)
                    .set(INSTANCE_SETTING.UPDATED_AT, now)
                    .execute();
        }
    }
}

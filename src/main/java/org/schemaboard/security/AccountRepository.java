package org.schemaboard.security;

import static org.schemaboard.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<StoredAccount> findByUsername(String username) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.PASSWORD_HASH,
                        APP_USER.ADMINISTRATOR, APP_USER.ENABLED, APP_USER.MUST_CHANGE_PASSWORD, APP_USER.CREATED_AT,
                        APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(Records.mapping(StoredAccount::new));
    }

    List<UserAccount> findAll() {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL,
                        APP_USER.ADMINISTRATOR, APP_USER.ENABLED, APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER)
                .orderBy(APP_USER.USERNAME)
                .fetch(Records.mapping(UserAccount::new));
    }

    int count() {
        return db.fetchCount(APP_USER);
    }

    void insert(UUID id, String username, String displayName, String email, String passwordHash,
                boolean administrator, boolean mustChangePassword) {
        db.insertInto(APP_USER)
                .set(APP_USER.ID, id)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ADMINISTRATOR, administrator)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(APP_USER.CREATED_AT, OffsetDateTime.now())
                .execute();
    }

    void recordSignIn(String username) {
        db.update(APP_USER)
                .set(APP_USER.LAST_SIGN_IN_AT, OffsetDateTime.now())
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }
}

package org.schemaboard.security;

import static org.schemaboard.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record12;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    private SelectSelectStep<Record12<UUID, String, String, String, String, Boolean, Boolean, Boolean, OffsetDateTime,
            OffsetDateTime, Integer, Integer>> selectStored() {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.PASSWORD_HASH,
                APP_USER.ADMINISTRATOR, APP_USER.ENABLED, APP_USER.MUST_CHANGE_PASSWORD, APP_USER.CREATED_AT,
                APP_USER.LAST_SIGN_IN_AT, APP_USER.SESSION_EPOCH, APP_USER.VERSION);
    }

    private Optional<StoredAccount> findOne(Condition condition) {
        return selectStored().from(APP_USER).where(condition).fetchOptional(Records.mapping(StoredAccount::new));
    }

    Optional<StoredAccount> findByUsername(String username) {
        return findOne(APP_USER.USERNAME.eq(username));
    }

    Optional<StoredAccount> findById(UUID id) {
        return findOne(APP_USER.ID.eq(id));
    }

    /** The row locked until the transaction ends, so two concurrent changes to one account run one after the other. */
    Optional<StoredAccount> findByIdForUpdate(UUID id) {
        return selectStored().from(APP_USER).where(APP_USER.ID.eq(id)).forUpdate()
                .fetchOptional(Records.mapping(StoredAccount::new));
    }

    List<StoredAccount> findAllStored() {
        return selectStored().from(APP_USER).orderBy(APP_USER.USERNAME).fetch(Records.mapping(StoredAccount::new));
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

    /**
     * The enabled administrators, their rows locked until the transaction ends: two administrators demoting each other
     * at the same moment cannot both pass the "not the last administrator" check.
     */
    List<UUID> lockEnabledAdministrators() {
        return db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ADMINISTRATOR.isTrue().and(APP_USER.ENABLED.isTrue()))
                .orderBy(APP_USER.ID)
                .forUpdate()
                .fetch(APP_USER.ID);
    }

    void insert(UUID id, String username, String displayName, String email, String passwordHash,
                boolean administrator, boolean mustChangePassword) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(APP_USER)
                .set(APP_USER.ID, id)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ADMINISTRATOR, administrator)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .execute();
    }

    /** @return false when the row's version is no longer {@code expectedVersion} (someone changed it meanwhile) */
    boolean updateProfile(UUID id, String displayName, String email, boolean administrator, int expectedVersion) {
        return db.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.ADMINISTRATOR, administrator)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    void setEnabled(UUID id, boolean enabled) {
        db.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void setPassword(UUID id, String passwordHash, boolean mustChangePassword) {
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(APP_USER.PASSWORD_CHANGED_AT, OffsetDateTime.now())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** Whether the account may act, and the session epoch its sessions must carry; empty when it does not exist. */
    Optional<AccountStates.State> findState(UUID id) {
        return db.select(APP_USER.ENABLED, APP_USER.SESSION_EPOCH).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOptional(Records.mapping(AccountStates.State::new));
    }

    /** Ends the account's existing sessions: they carry the old epoch, which services no longer accept. */
    void raiseSessionEpoch(UUID id) {
        db.update(APP_USER)
                .set(APP_USER.SESSION_EPOCH, APP_USER.SESSION_EPOCH.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void recordSignIn(String username) {
        db.update(APP_USER)
                .set(APP_USER.LAST_SIGN_IN_AT, OffsetDateTime.now())
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }
}

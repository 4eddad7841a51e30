package org.schemaboard.audit;

import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. {@link #record} must run inside the transaction of the change it describes, so the change and
 * its audit line commit or roll back together.
 */
@Service
public class AuditLog {

    private final DSLContext db;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    AuditLog(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        UUID actorId = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(entry.actor()))
                .fetchOne(APP_USER.ID);
        db.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, OffsetDateTime.now())
                .set(AUDIT_LOG.ACTOR_ID, actorId)
                .set(AUDIT_LOG.ACTOR_NAME, entry.actor())
                .set(AUDIT_LOG.DESIGN_ID, entry.designId())
                .set(AUDIT_LOG.ACTION, entry.action())
                .set(AUDIT_LOG.ELEMENT_TYPE, entry.elementType())
                .set(AUDIT_LOG.ELEMENT_ID, entry.elementId())
                .set(AUDIT_LOG.ELEMENT_NAME, entry.elementName())
                .set(AUDIT_LOG.OLD_VALUE, toJson(entry.oldValue()))
                .set(AUDIT_LOG.NEW_VALUE, toJson(entry.newValue()))
                .execute();
    }

    /** The history of one design, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> forDesign(UUID designId, int limit) {
        return forDesign(designId, null, null, limit);
    }

    /**
     * The history of one design, newest first, optionally only one element's and only one person's changes.
     */
    @Transactional(readOnly = true)
    public List<AuditRecord> forDesign(UUID designId, UUID elementId, String actor, int limit) {
        org.jooq.Condition condition = AUDIT_LOG.DESIGN_ID.eq(designId);
        if (elementId != null) {
            condition = condition.and(AUDIT_LOG.ELEMENT_ID.eq(elementId));
        }
        if (actor != null) {
            condition = condition.and(AUDIT_LOG.ACTOR_NAME.eq(actor));
        }
        return db.select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR_NAME, AUDIT_LOG.DESIGN_ID,
                        AUDIT_LOG.ACTION, AUDIT_LOG.ELEMENT_TYPE, AUDIT_LOG.ELEMENT_ID, AUDIT_LOG.ELEMENT_NAME,
                        AUDIT_LOG.OLD_VALUE, AUDIT_LOG.NEW_VALUE)
                .from(AUDIT_LOG)
                .where(condition)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(AuditRecord::new));
    }

    /** Changes to the instance rather than to a design (accounts, instance settings), newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> forInstance(int limit) {
        return db.select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR_NAME, AUDIT_LOG.DESIGN_ID,
                        AUDIT_LOG.ACTION, AUDIT_LOG.ELEMENT_TYPE, AUDIT_LOG.ELEMENT_ID, AUDIT_LOG.ELEMENT_NAME,
                        AUDIT_LOG.OLD_VALUE, AUDIT_LOG.NEW_VALUE)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.DESIGN_ID.isNull())
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(AuditRecord::new));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit value " + value, e);
        }
    }
}

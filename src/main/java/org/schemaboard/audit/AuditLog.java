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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
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

    /**
     * Writes the line of {@code change}, made by {@code actor} (a username, or {@code system} for start-up work and
     * automatic lock-outs). Action and element type are stored by name.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, Change change) {
        UUID actorId = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(actor))
                .fetchOne(APP_USER.ID);
        db.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, OffsetDateTime.now())
                .set(AUDIT_LOG.ACTOR_ID, actorId)
                .set(AUDIT_LOG.ACTOR_NAME, actor)
                .set(AUDIT_LOG.DESIGN_ID, change.designId())
                .set(AUDIT_LOG.ACTION, change.action().name())
                .set(AUDIT_LOG.ELEMENT_TYPE, change.elementType().name())
                .set(AUDIT_LOG.ELEMENT_ID, change.elementId())
                .set(AUDIT_LOG.ELEMENT_NAME, change.label())
                .set(AUDIT_LOG.OLD_VALUE, toJson(change.oldValue()))
                .set(AUDIT_LOG.NEW_VALUE, toJson(change.newValue()))
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
        Condition condition = AUDIT_LOG.DESIGN_ID.eq(designId);
        if (elementId != null) {
            condition = condition.and(AUDIT_LOG.ELEMENT_ID.eq(elementId));
        }
        if (actor != null) {
            condition = condition.and(AUDIT_LOG.ACTOR_NAME.eq(actor));
        }
        return lines(condition, limit);
    }

    /** Changes to the instance rather than to a design (accounts, instance settings), newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> forInstance(int limit) {
        return lines(AUDIT_LOG.DESIGN_ID.isNull(), limit);
    }

    private List<AuditRecord> lines(Condition condition, int limit) {
        return db.select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR_NAME, AUDIT_LOG.DESIGN_ID,
                        AUDIT_LOG.ACTION.convertFrom(ChangeAction::valueOf),
                        AUDIT_LOG.ELEMENT_TYPE.convertFrom(ElementType::valueOf), AUDIT_LOG.ELEMENT_ID,
                        AUDIT_LOG.ELEMENT_NAME, AUDIT_LOG.OLD_VALUE, AUDIT_LOG.NEW_VALUE)
                .from(AUDIT_LOG)
                .where(condition)
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

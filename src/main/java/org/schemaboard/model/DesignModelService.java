package org.schemaboard.model;

import java.util.List;
import java.util.UUID;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Loads a whole design as a {@link DesignModel}, for any member. */
@Service
public class DesignModelService {

    private final DesignService designs;
    private final ModelReader reader;
    private final AuditLog auditLog;

    DesignModelService(DesignService designs, ModelReader reader, AuditLog auditLog) {
        this.designs = designs;
        this.reader = reader;
        this.auditLog = auditLog;
    }

    /**
     * The design's history for any member, newest first: every change with who, when, old and new values.
     *
     * @param elementId only this element, or null
     * @param actor     only this person's changes (username), or null
     */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(UUID designId, UUID elementId, String actor, int limit) {
        designs.requireRole(designId, RoleRequirement.READ);
        return auditLog.forDesign(designId, elementId, actor, limit);
    }

    /**
     * The whole design as one consistent state. Read-only at SERIALIZABLE because that is the level at which H2 reads
     * every table from one snapshot (at REPEATABLE READ it takes each table's snapshot when the table is first read;
     * PostgreSQL's REPEATABLE READ would do). A read-only transaction takes no locks and fails no writer.
     */
    @Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
    public DesignModel load(UUID designId) {
        DesignSummary design = designs.get(designId);
        ModelReader.Parts parts = reader.load(designId);
        return new DesignModel(design.id(), design.name(), design.targetDatabase(), design.description(),
                parts.entities(), parts.relationships(), parts.indexes(), parts.queryPatterns());
    }
}

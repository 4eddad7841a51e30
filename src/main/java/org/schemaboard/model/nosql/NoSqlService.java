package org.schemaboard.model.nosql;

import java.util.List;
import java.util.UUID;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.DesignElementService;
import org.schemaboard.model.ModelChanges;
import org.schemaboard.model.ModelReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NoSQL elements: created, updated and deleted by {@link DesignElementService} (one transaction, audited, undoable);
 * the rules are {@link NoSqlRules}.
 */
@Service
public class NoSqlService extends DesignElementService<NoSqlDraft, NoSqlElement> {

    private final NoSqlRepository rows;

    NoSqlService(NoSqlRepository rows, ModelReader reader, ModelChanges changes) {
        super(ElementType.NOSQL_ELEMENT, rows, rows::find, reader, changes);
        this.rows = rows;
    }

    /** The design's NoSQL elements, by kind then name; the caller must be able to read the design. */
    @Transactional(readOnly = true)
    public List<NoSqlElement> list(UUID designId) {
        changes.requireReader(designId);
        return rows.of(designId);
    }

    /** The same, without the permission check: for export and checks, which have checked already. */
    @Transactional(readOnly = true)
    public List<NoSqlElement> listUnchecked(UUID designId) {
        return rows.of(designId);
    }

    @Override
    protected NoSqlDraft validate(UUID designId, NoSqlDraft draft, UUID existingId) {
        return NoSqlRules.validate(draft, name -> nameTaken(designId, name, existingId));
    }
}

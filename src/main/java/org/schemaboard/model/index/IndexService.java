package org.schemaboard.model.index;

import java.util.UUID;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.DesignElementService;
import org.schemaboard.model.ModelChanges;
import org.schemaboard.model.ModelReader;
import org.schemaboard.model.ModelRules;
import org.schemaboard.model.entity.Entity;
import org.springframework.stereotype.Service;

/**
 * Indexes: columns of their entity in order, uniqueness, partial predicate, method, and why they exist. Created,
 * updated and deleted by {@link DesignElementService}; the rules are {@link ModelRules#index}.
 */
@Service
public class IndexService extends DesignElementService<IndexDraft, Index> {

    IndexService(IndexRepository indexes, ModelReader reader, ModelChanges changes) {
        super(ElementType.INDEX, indexes, reader::index, reader, changes);
    }

    @Override
    protected IndexDraft validate(UUID designId, IndexDraft d, UUID existingId) {
        Entity entity = d.entityId() == null ? null : reader.entity(d.entityId())
                .filter(e -> reader.designOfEntity(e.id()).map(designId::equals).orElse(false)).orElse(null);
        return ModelRules.index(d, changes.target(designId), entity,
                name -> nameTaken(designId, name, existingId),
                pattern -> reader.designOfQueryPattern(pattern).map(designId::equals).orElse(false));
    }
}

package org.schemaboard.model.querypattern;

import java.util.UUID;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.DesignElementService;
import org.schemaboard.model.ModelChanges;
import org.schemaboard.model.ModelReader;
import org.schemaboard.model.ModelRules;
import org.springframework.stereotype.Service;

/**
 * Query patterns: the queries the design must serve, with frequency, latency target, entities and indexes. Created,
 * updated and deleted by {@link DesignElementService}; the rules are {@link ModelRules#queryPattern}.
 */
@Service
public class QueryPatternService extends DesignElementService<QueryPatternDraft, QueryPattern> {

    QueryPatternService(QueryPatternRepository patterns, ModelReader reader, ModelChanges changes) {
        super(ElementType.QUERY_PATTERN, patterns, reader::queryPattern, reader, changes);
    }

    @Override
    protected QueryPatternDraft validate(UUID designId, QueryPatternDraft d, UUID existingId) {
        return ModelRules.queryPattern(d, name -> nameTaken(designId, name, existingId),
                entity -> reader.designOfEntity(entity).map(designId::equals).orElse(false),
                index -> reader.designOfIndex(index).map(designId::equals).orElse(false));
    }
}

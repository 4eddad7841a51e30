package org.schemaboard.model.querypattern;

import org.schemaboard.base.Change;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.ModelChanges;
import org.schemaboard.model.ModelReader;
import org.schemaboard.model.ModelRules;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Query patterns: the queries the design must serve, with frequency, latency target, entities and indexes. */
@Service
public class QueryPatternService {

    private final QueryPatternRepository patterns;
    private final ModelReader reader;
    private final ModelChanges changes;

    QueryPatternService(QueryPatternRepository patterns, ModelReader reader, ModelChanges changes) {
        this.patterns = patterns;
        this.reader = reader;
        this.changes = changes;
    }

    @Transactional
    public UUID create(UUID designId, QueryPatternDraft draft) {
        SignedInUser me = changes.requireEditor(designId);
        QueryPatternDraft clean = validate(designId, draft, null);
        UUID id = UUID.randomUUID();
        patterns.insert(id, designId, clean, me.username());
        changes.record(Change.to(designId, ElementType.QUERY_PATTERN, id, clean.name()).created(clean));
        return id;
    }

    @Transactional
    public void update(UUID patternId, int expectedVersion, QueryPatternDraft draft) {
        UUID designId = designOf(patternId);
        SignedInUser me = changes.requireEditor(designId);
        QueryPattern before = reader.queryPattern(patternId).orElseThrow();
        QueryPatternDraft clean = validate(designId, draft, patternId);
        if (!patterns.update(patternId, expectedVersion, clean, me.username())) {
            throw patterns.conflict(patternId, "The query pattern " + before.name());
        }
        changes.record(Change.to(designId, ElementType.QUERY_PATTERN, patternId, clean.name()).updated(before, clean));
    }

    @Transactional
    public void delete(UUID patternId, int expectedVersion) {
        UUID designId = designOf(patternId);
        changes.requireEditor(designId);
        QueryPattern before = reader.queryPattern(patternId).orElseThrow();
        if (!patterns.delete(patternId, expectedVersion)) {
            throw patterns.conflict(patternId, "The query pattern " + before.name());
        }
        changes.record(Change.to(designId, ElementType.QUERY_PATTERN, patternId, before.name()).deleted(before));
    }

    private QueryPatternDraft validate(UUID designId, QueryPatternDraft d, UUID existingId) {
        return ModelRules.queryPattern(d, name -> patterns.nameTaken(designId, name, existingId),
                entity -> reader.designOfEntity(entity).map(designId::equals).orElse(false),
                index -> reader.designOfIndex(index).map(designId::equals).orElse(false));
    }

    private UUID designOf(UUID id) {
        return patterns.designOf(id)
                .orElseThrow(() -> new NotFoundException("This query pattern no longer exists; it may have been deleted."));
    }
}

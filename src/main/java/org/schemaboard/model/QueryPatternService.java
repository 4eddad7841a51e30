package org.schemaboard.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.security.SignedInUser;
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
        changes.record(designId, "CREATE", "QUERY_PATTERN", id, clean.name(), null, clean);
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
        changes.record(designId, "UPDATE", "QUERY_PATTERN", patternId, clean.name(), before, clean);
    }

    @Transactional
    public void delete(UUID patternId, int expectedVersion) {
        UUID designId = designOf(patternId);
        changes.requireEditor(designId);
        QueryPattern before = reader.queryPattern(patternId).orElseThrow();
        if (!patterns.delete(patternId, expectedVersion)) {
            throw patterns.conflict(patternId, "The query pattern " + before.name());
        }
        changes.record(designId, "DELETE", "QUERY_PATTERN", patternId, before.name(), before, null);
    }

    private QueryPatternDraft validate(UUID designId, QueryPatternDraft d, UUID existingId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Text.clean(d.name());
        if (name == null) {
            errors.put("name", "Give the query pattern a name, e.g. \"User dashboard\"");
        } else if (name.length() > 200) {
            errors.put("name", "Use at most 200 characters");
        } else if (patterns.nameTaken(designId, name, existingId)) {
            errors.put("name", "Another query pattern is named " + name);
        }
        Text.checkLength(errors, "description", d.description(), 4000);
        Text.checkLength(errors, "sql", d.sql(), 20000);
        if (d.frequency() != null && d.frequency().compareTo(BigDecimal.ZERO) < 0) {
            errors.put("frequency", "A frequency cannot be negative");
        } else if (d.frequency() != null && d.frequencyUnit() == null) {
            errors.put("frequencyUnit", "Say per second, minute, hour or day");
        } else if (d.frequency() != null && d.frequency().compareTo(new BigDecimal("99999999999")) > 0) {
            errors.put("frequency", "That frequency is too large");
        }
        if (d.latencyTargetMs() != null && d.latencyTargetMs() <= 0) {
            errors.put("latencyTargetMs", "Give a latency target above 0 ms");
        }
        for (UUID entity : d.entityIds()) {
            if (!reader.designOfEntity(entity).map(designId::equals).orElse(false)) {
                errors.put("entities", "A chosen entity no longer exists; reload and choose again");
            }
        }
        for (UUID index : d.indexIds()) {
            if (!reader.designOfIndex(index).map(designId::equals).orElse(false)) {
                errors.put("indexes", "A chosen index no longer exists; reload and choose again");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new QueryPatternDraft(name, Text.clean(d.description()), Text.clean(d.sql()), d.frequency(),
                d.frequency() == null ? null : d.frequencyUnit(), d.latencyTargetMs(),
                d.entityIds().stream().distinct().toList(), d.indexIds().stream().distinct().toList());
    }

    private UUID designOf(UUID id) {
        return patterns.designOf(id)
                .orElseThrow(() -> new NotFoundException("This query pattern no longer exists; it may have been deleted."));
    }
}

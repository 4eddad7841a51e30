package org.schemaboard.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indexes: columns of their entity in order, uniqueness, partial predicate, method, and why they exist. */
@Service
public class IndexService {

    private final IndexRepository indexes;
    private final ModelReader reader;
    private final ModelChanges changes;

    IndexService(IndexRepository indexes, ModelReader reader, ModelChanges changes) {
        this.indexes = indexes;
        this.reader = reader;
        this.changes = changes;
    }

    @Transactional
    public UUID create(UUID designId, IndexDraft draft) {
        SignedInUser me = changes.requireEditor(designId);
        IndexDraft clean = validate(designId, draft, null);
        UUID id = UUID.randomUUID();
        indexes.insert(id, designId, clean, me.username());
        changes.record(designId, "CREATE", "INDEX", id, clean.name(), null, clean);
        return id;
    }

    @Transactional
    public void update(UUID indexId, int expectedVersion, IndexDraft draft) {
        UUID designId = designOf(indexId);
        SignedInUser me = changes.requireEditor(designId);
        Index before = reader.index(indexId).orElseThrow();
        IndexDraft clean = validate(designId, draft, indexId);
        if (!indexes.update(indexId, expectedVersion, clean, me.username())) {
            throw indexes.conflict(indexId, "The index " + before.name());
        }
        changes.record(designId, "UPDATE", "INDEX", indexId, clean.name(), before, clean);
    }

    @Transactional
    public void delete(UUID indexId, int expectedVersion) {
        UUID designId = designOf(indexId);
        changes.requireEditor(designId);
        Index before = reader.index(indexId).orElseThrow();
        if (!indexes.delete(indexId, expectedVersion)) {
            throw indexes.conflict(indexId, "The index " + before.name());
        }
        changes.record(designId, "DELETE", "INDEX", indexId, before.name(), before, null);
    }

    private IndexDraft validate(UUID designId, IndexDraft d, UUID existingId) {
        TargetDatabase target = changes.target(designId);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Text.clean(d.name());
        Identifiers.problem(name, target).ifPresent(p -> errors.put("name", p));
        if (!errors.containsKey("name") && indexes.nameTaken(designId, name, existingId)) {
            errors.put("name", "Another index of this design is named " + name
                    + " (index names are unique per schema)");
        }
        Entity entity = d.entityId() == null ? null : reader.entity(d.entityId())
                .filter(e -> reader.designOfEntity(e.id()).map(designId::equals).orElse(false)).orElse(null);
        if (entity == null) {
            errors.put("entity", "Choose the entity to index");
        } else if (d.columns().isEmpty()) {
            errors.put("columns", "Choose at least one column");
        } else {
            Set<UUID> seen = new HashSet<>();
            for (Index.IndexColumn column : d.columns()) {
                if (column.attributeId() == null || entity.attribute(column.attributeId()).isEmpty()) {
                    errors.put("columns", "Every column must be an attribute of " + entity.name());
                    break;
                }
                if (!seen.add(column.attributeId())) {
                    errors.put("columns", entity.attribute(column.attributeId()).orElseThrow().name()
                            + " is listed twice");
                    break;
                }
            }
        }
        String predicate = Text.clean(d.predicate());
        if (d.partial() && predicate == null) {
            errors.put("predicate", "A partial index needs its WHERE condition, e.g. status = 'active'");
        }
        Text.checkLength(errors, "predicate", predicate, 2000);
        IndexMethod method = d.method() == null ? IndexMethod.BTREE : d.method();
        if (!method.availableFor(target)) {
            errors.put("method", target.label() + " has no " + method.label() + " indexes");
        }
        if (d.unique() && method != IndexMethod.BTREE) {
            errors.put("unique", "Only btree indexes can be unique");
        }
        Text.checkLength(errors, "purpose", d.purpose(), 1000);
        Text.checkLength(errors, "rationale", d.rationale(), 4000);
        for (UUID pattern : d.queryPatternIds()) {
            if (!reader.designOfQueryPattern(pattern).map(designId::equals).orElse(false)) {
                errors.put("queryPatterns", "A chosen query pattern no longer exists; reload and choose again");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new IndexDraft(d.entityId(), name, d.columns(), d.unique(), d.partial(),
                d.partial() ? predicate : null, method, Text.clean(d.purpose()), Text.clean(d.rationale()),
                d.queryPatternIds().stream().distinct().toList());
    }

    private UUID designOf(UUID indexId) {
        return indexes.designOf(indexId)
                .orElseThrow(() -> new NotFoundException("This index no longer exists; it may have been deleted."));
    }
}

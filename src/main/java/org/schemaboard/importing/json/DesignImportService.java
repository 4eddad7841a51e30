package org.schemaboard.importing.json;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.export.DesignJson;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.ModelBatch;
import org.schemaboard.model.ModelBatchService;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.SpecificationJson;
import org.schemaboard.spec.SpecificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a new design from a {@code design.json}. The file's ids only tie it together: every element gets a new id,
 * so the same file can be imported any number of times, next to the design it came from.
 */
@Service
public class DesignImportService {

    static final String IMPORTED = " (imported)";
    /**
     * What we export must import: the design.json of a 10,000-table design (200,000 columns, 20,000 indexes) is about
     * 110 MB, so the limit is well above that — room for twice that design with its descriptions — while still
     * refusing, before anything is read, a file no design of ours writes (the file is held in memory while it is read).
     */
    public static final int MAX_BYTES = 256 * 1024 * 1024;
    /** Why a larger file is refused. */
    public static final String TOO_LARGE = "The file is over 256 MB, too big for a design.json (a 10,000-table "
            + "design's is about 110 MB).";

    private final DesignService designs;
    private final ModelBatchService batches;
    private final SpecificationService specifications;
    private final org.schemaboard.model.nosql.NoSqlService nosql;

    DesignImportService(DesignService designs, ModelBatchService batches, SpecificationService specifications,
                        org.schemaboard.model.nosql.NoSqlService nosql) {
        this.designs = designs;
        this.batches = batches;
        this.specifications = specifications;
        this.nosql = nosql;
    }

    /**
     * Imports the file as a new design owned by the signed-in person, in one transaction: when anything is wrong,
     * nothing is created.
     *
     * @param nameOverride the new design's name; null or blank takes the file's name, followed by " (imported)",
     *                     " (imported 2)", … when a design of that name exists
     * @return the new design's id
     * @throws org.schemaboard.export.DesignJsonException when the file cannot be read
     * @throws ValidationException when an element is refused (the message names it), or the chosen name is taken
     */
    @Transactional
    public UUID importJson(String json, String nameOverride) {
        if (json != null && json.length() > MAX_BYTES) {
            throw new org.schemaboard.importing.InputTooLargeException("file", TOO_LARGE);
        }
        DesignJson.DesignFile read = DesignJson.readFile(json);
        DesignModel file = read.model();
        String name = nameOverride == null || nameOverride.isBlank() ? freeName(file.name()) : nameOverride.strip();
        UUID designId = designs.create(new DesignDraft(name, file.targetDatabase(), file.description()));
        Copy copy = new Copy(designId, file);
        copy.run();
        for (SectionContent section : read.sections()) {
            // the sections name entities, attributes and query patterns by the file's ids: give them the new ones
            try {
                specifications.save(designId, 0, SpecificationJson.remap(section, copy.newIds));
            } catch (ValidationException e) {
                throw ValidationException.of("file", "Specification section " + section.section().label() + ": "
                        + e.getMessage());
            }
        }
        for (org.schemaboard.model.nosql.NoSqlElement element : read.nosql()) {
            // checked when the file was read; the name refers to nothing by id (a key pattern names its query)
            try {
                nosql.create(designId, element.draft());
            } catch (ValidationException e) {
                throw ValidationException.of("file", "NoSQL element " + element.name() + ": " + e.getMessage());
            }
        }
        return designId;
    }

    /** The file's design name, or the first of "name (imported)", "name (imported 2)", … that no design has. */
    private String freeName(String name) {
        String base = name.strip();
        if (!designs.nameInUse(base)) {
            return base;
        }
        String candidate = base + IMPORTED;
        for (int n = 2; designs.nameInUse(candidate); n++) {
            candidate = base + " (imported " + n + ")";
        }
        return candidate;
    }

    /**
     * One file's elements written into the new design as one {@link ModelBatch}, in the order their references need:
     * entities with their attributes, query patterns (which name entities), indexes (which name attributes and query
     * patterns), then relationships (whose key checks may rest on unique indexes).
     */
    private final class Copy {

        private final UUID designId;
        private final DesignModel file;
        private final Map<UUID, UUID> newIds = new HashMap<>();

        Copy(UUID designId, DesignModel file) {
            this.designId = designId;
            this.file = file;
        }

        void run() {
            ModelBatch batch = new ModelBatch();
            for (Entity e : file.entities()) {
                UUID entityId = batch.entity(new EntityDraft(e.name(), e.kind(), e.purpose(), e.businessRules(),
                        e.lifecycle(), e.notes()), "Entity " + e.name());
                newIds.put(e.id(), entityId);
                for (Attribute a : e.attributes()) {
                    newIds.put(a.id(), batch.attribute(entityId, AttributeDraft.from(a),
                            "Attribute " + e.name() + "." + a.name()));
                }
            }
            for (QueryPattern q : file.queryPatterns()) {
                // the indexes it relies on come later in the batch; the same links are made from the indexes' side
                newIds.put(q.id(), batch.queryPattern(new QueryPatternDraft(q.name(), q.description(), q.sql(),
                        q.frequency(), q.frequencyUnit(), q.latencyTargetMs(), mapped(q.entityIds()), List.of()),
                        "Query pattern " + q.name()));
            }
            for (Index i : file.indexes()) {
                newIds.put(i.id(), batch.index(new IndexDraft(mapped(i.entityId()), i.name(),
                        i.columns().stream().map(c -> new Index.IndexColumn(mapped(c.attributeId()), c.descending()))
                                .toList(),
                        i.unique(), i.partial(), i.predicate(), i.method(), i.purpose(), i.rationale(),
                        mapped(servedPatterns(i))), "Index " + i.name()));
            }
            for (Relationship r : file.relationships()) {
                if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                    batch.manyToManyOverJunction(draft(r), describe(r));
                } else {
                    batch.relationship(draft(r), describe(r));
                }
            }
            try {
                batches.write(designId, batch, "a design.json file: " + batch.describe(), done -> { });
            } catch (ValidationException e) {
                throw ValidationException.of("file", e.getMessage());
            }
        }

        /**
         * The query patterns an index serves, from both ends of the link: the database holds one relation, the file
         * both views of it, and a hand-edited file may have filled in only one.
         */
        private List<UUID> servedPatterns(Index index) {
            Set<UUID> served = new LinkedHashSet<>(index.queryPatternIds());
            file.queryPatterns().stream().filter(q -> q.indexIds().contains(index.id()))
                    .forEach(q -> served.add(q.id()));
            return List.copyOf(served);
        }

        /**
         * An N:M names only its junction (whose key columns and two 1:N relationships the file holds as elements of
         * their own); 1:1 and 1:N carry their column pairs.
         */
        private RelationshipDraft draft(Relationship r) {
            List<Relationship.ColumnPair> pairs = r.columns().stream()
                    .map(p -> new Relationship.ColumnPair(mapped(p.fromAttributeId()), mapped(p.toAttributeId())))
                    .toList();
            UUID junction = r.cardinality() == Cardinality.MANY_TO_MANY && r.junctionEntityId() != null
                    ? mapped(r.junctionEntityId()) : null;
            return new RelationshipDraft(mapped(r.fromEntityId()), mapped(r.toEntityId()), r.cardinality(), pairs,
                    r.onDelete(), r.onUpdate(), r.label(), r.identifying(), r.rationale(), r.name(), junction, null);
        }

        private String describe(Relationship r) {
            return "Relationship " + (r.name() != null ? r.name() + " (" : "") + file.entityName(r.fromEntityId())
                    + " " + r.cardinality().label() + " " + file.entityName(r.toEntityId())
                    + (r.name() != null ? ")" : "");
        }

        private UUID mapped(UUID fileId) {
            return newIds.get(fileId);
        }

        private List<UUID> mapped(List<UUID> fileIds) {
            return fileIds.stream().map(this::mapped).toList();
        }
    }
}

package org.schemaboard.model.relationship;

import org.schemaboard.base.Change;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.ModelChanges;
import org.schemaboard.model.ModelReader;
import org.schemaboard.model.ModelRules;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationships. A 1:1 or 1:N relationship is a foreign key: column pairs from the referenced key to the referencing
 * columns. Choosing N:M creates (or reuses) a junction entity with the key columns of both sides and the two 1:N
 * relationships to it, all in the same transaction.
 */
@Service
public class RelationshipService {

    private final RelationshipRepository relationships;
    private final EntityService entityService;
    private final ModelReader reader;
    private final ModelChanges changes;

    RelationshipService(RelationshipRepository relationships, EntityService entityService, ModelReader reader,
                        ModelChanges changes) {
        this.relationships = relationships;
        this.entityService = entityService;
        this.reader = reader;
        this.changes = changes;
    }

    @Transactional
    public UUID create(UUID designId, RelationshipDraft draft) {
        SignedInUser me = changes.requireEditor(designId);
        RelationshipDraft clean = validate(designId, draft, null, true);
        if (clean.cardinality() == Cardinality.MANY_TO_MANY) {
            return createManyToMany(designId, clean, me);
        }
        UUID id = UUID.randomUUID();
        relationships.insert(id, designId, clean, null, me.id());
        changes.record(Change.to(designId, ElementType.RELATIONSHIP, id, describe(clean)).created(clean));
        return id;
    }

    @Transactional
    public void update(UUID relationshipId, int expectedVersion, RelationshipDraft draft) {
        UUID designId = designOf(relationshipId);
        SignedInUser me = changes.requireEditor(designId);
        changes.before(designId, ElementType.RELATIONSHIP, relationshipId);
        Relationship before = reader.relationship(relationshipId).orElseThrow();
        if ((before.cardinality() == Cardinality.MANY_TO_MANY) != (draft.cardinality() == Cardinality.MANY_TO_MANY)) {
            throw ValidationException.of("cardinality", "An N:M relationship cannot become 1:1 or 1:N (or the other "
                    + "way round); delete it and create the new one");
        }
        RelationshipDraft clean = validate(designId, draft, relationshipId, false);
        if (!relationships.update(relationshipId, expectedVersion, clean, me.id())) {
            throw relationships.conflict(relationshipId, "The relationship");
        }
        changes.record(Change.to(designId, ElementType.RELATIONSHIP, relationshipId, describe(clean))
                .updated(before, clean));
    }

    /**
     * Records an N:M relationship exactly as it stands in a design being imported: it names its junction entity (or
     * none, when the junction had been deleted) and adds nothing to it. {@link #create} would add the junction's key
     * columns and its two 1:N relationships, but an imported design brings those as elements of their own, so they
     * would be there twice. Validated, audited and announced like {@link #create}.
     */
    @Transactional
    public UUID recordManyToMany(UUID designId, RelationshipDraft draft) {
        SignedInUser me = changes.requireEditor(designId);
        if (draft.cardinality() != Cardinality.MANY_TO_MANY) {
            throw ValidationException.of("cardinality", "Only an N:M relationship is recorded over a junction; "
                    + "create a 1:1 or 1:N relationship with its column pairs");
        }
        RelationshipDraft clean = validate(designId, draft, null, false);
        UUID id = UUID.randomUUID();
        relationships.insert(id, designId, clean, clean.junctionEntityId(), me.id());
        changes.record(Change.to(designId, ElementType.RELATIONSHIP, id, describe(clean)).created(clean));
        return id;
    }

    /** Deletes the relationship. For N:M the junction entity and its two relationships stay (delete them on their own). */
    @Transactional
    public void delete(UUID relationshipId, int expectedVersion) {
        UUID designId = designOf(relationshipId);
        changes.requireEditor(designId);
        changes.before(designId, ElementType.RELATIONSHIP, relationshipId);
        Relationship before = reader.relationship(relationshipId).orElseThrow();
        if (!relationships.delete(relationshipId, expectedVersion)) {
            throw relationships.conflict(relationshipId, "The relationship");
        }
        changes.record(Change.to(designId, ElementType.RELATIONSHIP, relationshipId,
                entityName(before.fromEntityId()) + " " + before.cardinality().label() + " "
                        + entityName(before.toEntityId())).deleted(before));
    }

    private UUID createManyToMany(UUID designId, RelationshipDraft d, SignedInUser me) {
        Entity from = reader.entity(d.fromEntityId()).orElseThrow();
        Entity to = reader.entity(d.toEntityId()).orElseThrow();
        UUID junctionId = d.junctionEntityId() != null ? d.junctionEntityId()
                : entityService.createEntity(designId, new EntityDraft(d.junctionName(), EntityKind.JUNCTION,
                        "Resolves the many-to-many relationship between " + from.name() + " and " + to.name() + ".",
                        null, "Created and deleted with the link between the two; never updated.", null));
        Set<String> used = new HashSet<>();
        linkToJunction(designId, from, junctionId, used, me);
        linkToJunction(designId, to, junctionId, used, me);
        UUID id = UUID.randomUUID();
        relationships.insert(id, designId, d, junctionId, me.id());
        changes.record(Change.to(designId, ElementType.RELATIONSHIP, id, describe(d)).created(d));
        return id;
    }

    /** Makes sure the junction has a key column for each key column of {@code side}, and a 1:N to it. */
    private void linkToJunction(UUID designId, Entity side, UUID junctionId, Set<String> used, SignedInUser me) {
        Entity junction = reader.entity(junctionId).orElseThrow();
        List<Relationship.ColumnPair> pairs = new ArrayList<>();
        for (Attribute key : side.primaryKey()) {
            String name = singular(side.name()) + "_" + key.name();
            if (!used.add(name.toLowerCase(Locale.ROOT))) {
                name = name + "_2";
                used.add(name.toLowerCase(Locale.ROOT));
            }
            String columnName = name;
            UUID columnId = junction.attributeNamed(columnName).map(Attribute::id).orElseGet(() ->
                    entityService.addAttribute(junctionId, new AttributeDraft(columnName, key.dataType(), key.length(),
                            key.precision(), key.scale(), false, null, true, false, false, null,
                            "References " + side.name() + "." + key.name() + ".")));
            pairs.add(new Relationship.ColumnPair(key.id(), columnId));
        }
        RelationshipDraft link = new RelationshipDraft(side.id(), junctionId, Cardinality.ONE_TO_MANY, pairs,
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, "is linked through", true,
                "Part of the N:M relationship through " + junction.name()
                        + "; a link row goes when either side goes.", null, null, null);
        UUID id = UUID.randomUUID();
        relationships.insert(id, designId, link, null, me.id());
        changes.record(Change.to(designId, ElementType.RELATIONSHIP, id, describe(link)).created(link));
    }

    /** @param linkJunction whether a new N:M gets its junction's key columns and 1:N relationships made for it */
    private RelationshipDraft validate(UUID designId, RelationshipDraft d, UUID existingId, boolean linkJunction) {
        ModelRules.Design design = new ModelRules.Design() {
            @Override
            public Entity entity(UUID id) {
                return reader.entity(id).filter(e -> inDesign(designId, e.id())).orElse(null);
            }

            @Override
            public boolean entityNameTaken(String name) {
                return reader.load(designId).entities().stream().anyMatch(e -> e.name().equalsIgnoreCase(name));
            }

            @Override
            public boolean relationshipNameTaken(String name) {
                return relationships.nameTaken(designId, name, existingId);
            }

            @Override
            public List<Index> indexesOfEntity(UUID entityId) {
                return reader.indexesOfEntity(entityId);
            }
        };
        return ModelRules.relationship(d, changes.target(designId), design, existingId, linkJunction);
    }

    private boolean inDesign(UUID designId, UUID entityId) {
        return reader.designOfEntity(entityId).map(designId::equals).orElse(false);
    }

    private UUID designOf(UUID relationshipId) {
        return relationships.designOf(relationshipId)
                .orElseThrow(() -> new NotFoundException("This relationship no longer exists; it may have been deleted."));
    }

    private String describe(RelationshipDraft d) {
        return entityName(d.fromEntityId()) + " " + d.cardinality().label() + " " + entityName(d.toEntityId());
    }

    private String entityName(UUID id) {
        return reader.entity(id).map(Entity::name).orElse("?");
    }

    /** users → user, categories → category, order_items → order_item: good enough for column names. */
    static String singular(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && name.length() > 3) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && name.length() > 1) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}

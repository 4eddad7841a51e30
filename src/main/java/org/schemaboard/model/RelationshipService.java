package org.schemaboard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.SignedInUser;
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
        relationships.insert(id, designId, clean, null, me.username());
        changes.record(designId, "CREATE", "RELATIONSHIP", id, describe(clean), null, clean);
        return id;
    }

    @Transactional
    public void update(UUID relationshipId, int expectedVersion, RelationshipDraft draft) {
        UUID designId = designOf(relationshipId);
        SignedInUser me = changes.requireEditor(designId);
        Relationship before = reader.relationship(relationshipId).orElseThrow();
        if ((before.cardinality() == Cardinality.MANY_TO_MANY) != (draft.cardinality() == Cardinality.MANY_TO_MANY)) {
            throw ValidationException.of("cardinality", "An N:M relationship cannot become 1:1 or 1:N (or the other "
                    + "way round); delete it and create the new one");
        }
        RelationshipDraft clean = validate(designId, draft, relationshipId, false);
        if (!relationships.update(relationshipId, expectedVersion, clean, me.username())) {
            throw relationships.conflict(relationshipId, "The relationship");
        }
        changes.record(designId, "UPDATE", "RELATIONSHIP", relationshipId, describe(clean), before, clean);
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
        relationships.insert(id, designId, clean, clean.junctionEntityId(), me.username());
        changes.record(designId, "CREATE", "RELATIONSHIP", id, describe(clean), null, clean);
        return id;
    }

    /** Deletes the relationship. For N:M the junction entity and its two relationships stay (delete them on their own). */
    @Transactional
    public void delete(UUID relationshipId, int expectedVersion) {
        UUID designId = designOf(relationshipId);
        changes.requireEditor(designId);
        Relationship before = reader.relationship(relationshipId).orElseThrow();
        if (!relationships.delete(relationshipId, expectedVersion)) {
            throw relationships.conflict(relationshipId, "The relationship");
        }
        changes.record(designId, "DELETE", "RELATIONSHIP", relationshipId,
                entityName(before.fromEntityId()) + " " + before.cardinality().label() + " "
                        + entityName(before.toEntityId()), before, null);
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
        relationships.insert(id, designId, d, junctionId, me.username());
        changes.record(designId, "CREATE", "RELATIONSHIP", id, describe(d), null, d);
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
                            key.precision(), key.scale(), false, null, true, false, null,
                            "References " + side.name() + "." + key.name() + ".")));
            pairs.add(new Relationship.ColumnPair(key.id(), columnId));
        }
        RelationshipDraft link = new RelationshipDraft(side.id(), junctionId, Cardinality.ONE_TO_MANY, pairs,
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, "is linked through", true,
                "Part of the N:M relationship through " + junction.name()
                        + "; a link row goes when either side goes.", null, null, null);
        UUID id = UUID.randomUUID();
        relationships.insert(id, designId, link, null, me.username());
        changes.record(designId, "CREATE", "RELATIONSHIP", id, describe(link), null, link);
    }

    /** @param linkJunction whether a new N:M gets its junction's key columns and 1:N relationships made for it */
    private RelationshipDraft validate(UUID designId, RelationshipDraft d, UUID existingId, boolean linkJunction) {
        TargetDatabase target = changes.target(designId);
        Map<String, String> errors = new LinkedHashMap<>();
        Entity from = d.fromEntityId() == null ? null : reader.entity(d.fromEntityId())
                .filter(e -> inDesign(designId, e.id())).orElse(null);
        Entity to = d.toEntityId() == null ? null : reader.entity(d.toEntityId())
                .filter(e -> inDesign(designId, e.id())).orElse(null);
        if (from == null) {
            errors.put("fromEntity", "Choose the referenced entity (the \"one\" side)");
        }
        if (to == null) {
            errors.put("toEntity", "Choose the referencing entity");
        }
        if (d.cardinality() == null) {
            errors.put("cardinality", "Choose 1:1, 1:N or N:M");
        }
        String name = Text.clean(d.name());
        if (name != null) {
            Identifiers.problem(name, target).ifPresent(p -> errors.put("name", p));
            if (!errors.containsKey("name") && relationships.nameTaken(designId, name, existingId)) {
                errors.put("name", "Another relationship is already named " + name);
            }
        }
        Text.checkLength(errors, "label", d.label(), 200);
        Text.checkLength(errors, "rationale", d.rationale(), 4000);
        ReferentialAction onDelete = d.onDelete() == null ? ReferentialAction.NO_ACTION : d.onDelete();
        ReferentialAction onUpdate = d.onUpdate() == null ? ReferentialAction.NO_ACTION : d.onUpdate();
        UUID junctionId = null;
        String junctionName = null;
        if (from != null && to != null && d.cardinality() == Cardinality.MANY_TO_MANY && existingId == null) {
            if (linkJunction && from.primaryKey().isEmpty()) {
                errors.put("fromEntity", from.name() + " has no primary key; give it one before relating it N:M");
            }
            if (linkJunction && to.primaryKey().isEmpty()) {
                errors.put("toEntity", to.name() + " has no primary key; give it one before relating it N:M");
            }
            if (d.junctionEntityId() != null) {
                if (!inDesign(designId, d.junctionEntityId()) || d.junctionEntityId().equals(from.id())
                        || d.junctionEntityId().equals(to.id())) {
                    errors.put("junction", "Choose a third entity of this design as the junction");
                }
                junctionId = d.junctionEntityId();
            } else if (linkJunction) {
                junctionName = Text.clean(d.junctionName());
                if (junctionName == null) {
                    junctionName = from.name() + "_" + to.name();
                }
                String jn = junctionName;
                Identifiers.problem(jn, target).ifPresent(p -> errors.put("junction", p));
                if (!errors.containsKey("junction") && reader.load(designId).entities().stream()
                        .anyMatch(e -> e.name().equalsIgnoreCase(jn))) {
                    errors.put("junction", "An entity named " + jn + " exists; pick it as the junction or choose "
                            + "another name");
                }
            }
        } else if (from != null && to != null && d.cardinality() != null
                && d.cardinality() != Cardinality.MANY_TO_MANY) {
            validateColumns(from, to, d.columns(), onDelete, onUpdate, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Relationship.ColumnPair> columns = d.cardinality() == Cardinality.MANY_TO_MANY ? List.of() : d.columns();
        return new RelationshipDraft(d.fromEntityId(), d.toEntityId(), d.cardinality(), columns, onDelete, onUpdate,
                Text.clean(d.label()), d.identifying(), Text.clean(d.rationale()), name, junctionId, junctionName);
    }

    private void validateColumns(Entity from, Entity to, List<Relationship.ColumnPair> pairs,
                                 ReferentialAction onDelete, ReferentialAction onUpdate, Map<String, String> errors) {
        if (pairs.isEmpty()) {
            errors.put("columns", "Map at least one column: which column of " + to.name() + " refers to which key of "
                    + from.name());
            return;
        }
        Set<UUID> referenced = new HashSet<>();
        Set<UUID> referencing = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Relationship.ColumnPair pair : pairs) {
            Attribute key = pair.fromAttributeId() == null ? null : from.attribute(pair.fromAttributeId()).orElse(null);
            Attribute fk = pair.toAttributeId() == null ? null : to.attribute(pair.toAttributeId()).orElse(null);
            if (key == null || fk == null) {
                problems.add("each pair needs a column of " + from.name() + " and a column of " + to.name());
                continue;
            }
            if (!referenced.add(key.id()) || !referencing.add(fk.id())) {
                problems.add("a column appears in two pairs");
            }
            if (!DataTypes.compatible(fk.dataType(), key.dataType())) {
                problems.add(to.name() + "." + fk.name() + " (" + fk.typeDisplay() + ") cannot refer to "
                        + from.name() + "." + key.name() + " (" + key.typeDisplay() + "): the types differ");
            }
            if ((onDelete == ReferentialAction.SET_NULL || onUpdate == ReferentialAction.SET_NULL) && !fk.nullable()) {
                problems.add("SET NULL needs " + to.name() + "." + fk.name() + " to be nullable");
            }
        }
        if (problems.isEmpty() && !isKey(from, referenced)) {
            problems.add("the referenced columns of " + from.name() + " must be its primary key or unique");
        }
        if (!problems.isEmpty()) {
            String text = String.join("; ", new java.util.LinkedHashSet<>(problems));
            errors.put("columns", Character.toUpperCase(text.charAt(0)) + text.substring(1));
        }
    }

    /** Whether the columns are the entity's primary key, a unique column, or the columns of a unique index. */
    private boolean isKey(Entity entity, Set<UUID> columns) {
        Set<UUID> pk = new HashSet<>(entity.primaryKey().stream().map(Attribute::id).toList());
        if (!pk.isEmpty() && pk.equals(columns)) {
            return true;
        }
        if (columns.size() == 1 && entity.attribute(columns.iterator().next()).map(Attribute::unique).orElse(false)) {
            return true;
        }
        return reader.indexesOfEntity(entity.id()).stream()
                .filter(i -> i.unique() && !i.partial())
                .anyMatch(i -> new HashSet<>(i.columns().stream().map(Index.IndexColumn::attributeId).toList())
                        .equals(columns));
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

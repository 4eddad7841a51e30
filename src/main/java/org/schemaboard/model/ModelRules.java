package org.schemaboard.model;

import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;

/**
 * The rules an element must meet before it is saved, in one place for the services that save one element at a time
 * and for {@link ModelBatchService}, which validates thousands in memory. Pure: what a rule needs to know about the
 * design (names taken, the entities, their unique indexes) comes in through the arguments, so the services answer
 * it with a query and the batch from maps. Each method returns the cleaned draft or throws a
 * {@link ValidationException} with one message per field.
 */
public final class ModelRules {

    /** What a relationship's rules need to know about its design. */
    public interface Design {
        /** The entity if it belongs to this design, else null. */
        public Entity entity(UUID id);

        boolean entityNameTaken(String name);

        boolean relationshipNameTaken(String name);

        List<Index> indexesOfEntity(UUID entityId);
    }

    private ModelRules() {
    }

    public static EntityDraft entity(EntityDraft draft, TargetDatabase target, Predicate<String> nameTaken) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Text.clean(draft.name());
        Identifiers.problem(name, target).ifPresent(p -> errors.put("name", p));
        if (!errors.containsKey("name") && nameTaken.test(name)) {
            errors.put("name", "This design already has an entity named " + name);
        }
        if (draft.kind() == null) {
            errors.put("kind", "Choose a kind");
        }
        Text.checkLength(errors, "purpose", draft.purpose(), 4000);
        Text.checkLength(errors, "businessRules", draft.businessRules(), 8000);
        Text.checkLength(errors, "lifecycle", draft.lifecycle(), 4000);
        Text.checkLength(errors, "notes", draft.notes(), 8000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new EntityDraft(name, draft.kind(), Text.clean(draft.purpose()), Text.clean(draft.businessRules()),
                Text.clean(draft.lifecycle()), Text.clean(draft.notes()));
    }

    public static AttributeDraft attribute(AttributeDraft d, TargetDatabase target, Predicate<String> nameTaken) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Text.clean(d.name());
        Identifiers.problem(name, target).ifPresent(p -> errors.put("name", p));
        if (!errors.containsKey("name") && nameTaken.test(name)) {
            errors.put("name", "This entity already has an attribute named " + name);
        }
        String type = Text.clean(d.dataType());
        if (type == null) {
            errors.put("dataType", "Choose or type a data type");
        } else if (type.length() > DataTypes.MAX_LENGTH) {
            errors.put("dataType", "Use at most " + DataTypes.MAX_LENGTH + " characters");
        }
        if (d.length() != null && (d.length() < 1 || d.length() > 1_000_000_000)) {
            errors.put("length", "Give a length of at least 1");
        }
        if (d.precision() != null && (d.precision() < 1 || d.precision() > 1000)) {
            errors.put("precision", "Give a precision between 1 and 1000");
        }
        if (d.scale() != null) {
            if (d.scale() < 0) {
                errors.put("scale", "Scale cannot be negative");
            } else if (d.precision() == null) {
                errors.put("scale", "A scale needs a precision");
            } else if (d.scale() > d.precision()) {
                errors.put("scale", "Scale cannot exceed the precision (" + d.precision() + ")");
            }
        }
        if (d.autoIncrement() && type != null && !errors.containsKey("dataType") && !DataTypes.isInteger(type)) {
            errors.put("autoIncrement", "Only whole-number types can auto-increment (INTEGER, BIGINT, SMALLINT…); "
                    + type + " cannot. Change the type or clear Auto-increment");
        } else if (d.autoIncrement() && Text.clean(d.defaultValue()) != null) {
            errors.put("defaultValue", "An auto-increment column takes its values from the database; clear the "
                    + "default or Auto-increment");
        }
        Text.checkLength(errors, "defaultValue", d.defaultValue(), 1000);
        Text.checkLength(errors, "checkExpression", d.checkExpression(), 2000);
        Text.checkLength(errors, "description", d.description(), 4000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // A primary key column is never null: store it as NOT NULL rather than refusing the save.
        return new AttributeDraft(name, type, d.length(), d.precision(), d.precision() == null ? null : d.scale(),
                d.nullable() && !d.primaryKey(), Text.clean(d.defaultValue()), d.primaryKey(), d.unique(),
                d.autoIncrement(), Text.clean(d.checkExpression()), Text.clean(d.description()));
    }

    /**
     * @param entity          the indexed entity if it belongs to the design, else null
     * @param patternInDesign whether a query pattern id is one of the design's
     */
    public static IndexDraft index(IndexDraft d, TargetDatabase target, Entity entity, Predicate<String> nameTaken,
                            Predicate<UUID> patternInDesign) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Text.clean(d.name());
        Identifiers.problem(name, target).ifPresent(p -> errors.put("name", p));
        if (!errors.containsKey("name") && nameTaken.test(name)) {
            errors.put("name", "Another index of this design is named " + name
                    + " (index names are unique per schema)");
        }
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
        if (method == IndexMethod.SPATIAL && d.columns().size() > 1) {
            errors.put("columns", "A spatial index takes one geometry column");
        }
        Text.checkLength(errors, "purpose", d.purpose(), 1000);
        Text.checkLength(errors, "rationale", d.rationale(), 4000);
        for (UUID pattern : d.queryPatternIds()) {
            if (!patternInDesign.test(pattern)) {
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

    /**
     * @param entityInDesign whether an entity id is one of the design's
     * @param indexInDesign  whether an index id is one of the design's
     */
    public static QueryPatternDraft queryPattern(QueryPatternDraft d, Predicate<String> nameTaken,
                                          Predicate<UUID> entityInDesign, Predicate<UUID> indexInDesign) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Text.clean(d.name());
        if (name == null) {
            errors.put("name", "Give the query pattern a name, e.g. \"User dashboard\"");
        } else if (name.length() > 200) {
            errors.put("name", "Use at most 200 characters");
        } else if (nameTaken.test(name)) {
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
            if (!entityInDesign.test(entity)) {
                errors.put("entities", "A chosen entity no longer exists; reload and choose again");
            }
        }
        for (UUID index : d.indexIds()) {
            if (!indexInDesign.test(index)) {
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

    /**
     * @param existing     the relationship being edited, or null for a new one
     * @param linkJunction whether a new N:M gets its junction's key columns and 1:N relationships made for it
     */
    public static RelationshipDraft relationship(RelationshipDraft d, TargetDatabase target, Design design, UUID existing,
                                          boolean linkJunction) {
        Map<String, String> errors = new LinkedHashMap<>();
        Entity from = d.fromEntityId() == null ? null : design.entity(d.fromEntityId());
        Entity to = d.toEntityId() == null ? null : design.entity(d.toEntityId());
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
            if (!errors.containsKey("name") && design.relationshipNameTaken(name)) {
                errors.put("name", "Another relationship is already named " + name);
            }
        }
        Text.checkLength(errors, "label", d.label(), 200);
        Text.checkLength(errors, "rationale", d.rationale(), 4000);
        ReferentialAction onDelete = d.onDelete() == null ? ReferentialAction.NO_ACTION : d.onDelete();
        ReferentialAction onUpdate = d.onUpdate() == null ? ReferentialAction.NO_ACTION : d.onUpdate();
        UUID junctionId = null;
        String junctionName = null;
        if (from != null && to != null && d.cardinality() == Cardinality.MANY_TO_MANY && existing == null) {
            if (linkJunction && from.primaryKey().isEmpty()) {
                errors.put("fromEntity", from.name() + " has no primary key; give it one before relating it N:M");
            }
            if (linkJunction && to.primaryKey().isEmpty()) {
                errors.put("toEntity", to.name() + " has no primary key; give it one before relating it N:M");
            }
            if (d.junctionEntityId() != null) {
                if (design.entity(d.junctionEntityId()) == null || d.junctionEntityId().equals(from.id())
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
                if (!errors.containsKey("junction") && design.entityNameTaken(jn)) {
                    errors.put("junction", "An entity named " + jn + " exists; pick it as the junction or choose "
                            + "another name");
                }
            }
        } else if (from != null && to != null && d.cardinality() != null
                && d.cardinality() != Cardinality.MANY_TO_MANY) {
            columns(design, from, to, d.columns(), onDelete, onUpdate, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Relationship.ColumnPair> columns = d.cardinality() == Cardinality.MANY_TO_MANY ? List.of() : d.columns();
        return new RelationshipDraft(d.fromEntityId(), d.toEntityId(), d.cardinality(), columns, onDelete, onUpdate,
                Text.clean(d.label()), d.identifying(), Text.clean(d.rationale()), name, junctionId, junctionName);
    }

    private static void columns(Design design, Entity from, Entity to, List<Relationship.ColumnPair> pairs,
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
        if (problems.isEmpty() && !isKey(design, from, referenced)) {
            problems.add("the referenced columns of " + from.name() + " must be its primary key or unique");
        }
        if (!problems.isEmpty()) {
            String text = String.join("; ", new LinkedHashSet<>(problems));
            errors.put("columns", Character.toUpperCase(text.charAt(0)) + text.substring(1));
        }
    }

    /** Whether the columns are the entity's primary key, a unique column, or the columns of a unique index. */
    private static boolean isKey(Design design, Entity entity, Set<UUID> columns) {
        Set<UUID> pk = new HashSet<>(entity.primaryKey().stream().map(Attribute::id).toList());
        if (!pk.isEmpty() && pk.equals(columns)) {
            return true;
        }
        if (columns.size() == 1 && entity.attribute(columns.iterator().next()).map(Attribute::unique).orElse(false)) {
            return true;
        }
        return design.indexesOfEntity(entity.id()).stream()
                .filter(i -> i.unique() && !i.partial())
                .anyMatch(i -> new HashSet<>(i.columns().stream().map(Index.IndexColumn::attributeId).toList())
                        .equals(columns));
    }
}

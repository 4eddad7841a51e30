package org.schemaboard.checks;

import static org.schemaboard.checks.Rule.Category.INTEGRITY;
import static org.schemaboard.spec.SpecificationChecklist.Item.DATA_MODEL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.spec.SpecificationChecklist.Item;

/** Keys and foreign keys: what keeps the data correct whatever the application does. */
final class IntegrityRules {

    static final Rule NO_ENTITIES = Rule.error("no-entities", INTEGRITY, DATA_MODEL,
            "Design without entities", "A specification without tables cannot be handed over.",
            "Add the core business entities first.");
    static final Rule NO_ATTRIBUTES = Rule.error("entity-without-attributes", INTEGRITY, DATA_MODEL,
            "Entity without attributes", "A table needs columns; an empty entity is an unfinished thought.",
            "Add the entity's columns, or delete it.");
    static final Rule NO_PRIMARY_KEY = Rule.error("entity-without-primary-key", INTEGRITY, DATA_MODEL,
            "Entity without primary key", "Without a key, rows cannot be told apart, referenced or replicated "
                    + "safely.", "Mark the column(s) that identify a row as the primary key.");
    static final Rule NULLABLE_KEY = Rule.error("nullable-primary-key", INTEGRITY, Item.INTEGRITY,
            "Nullable primary key column", "A primary key column can never hold NULL; databases refuse or silently "
                    + "change it.", "Make the column NOT NULL.");
    static final Rule FK_TYPE = Rule.error("fk-type-mismatch", INTEGRITY, Item.INTEGRITY,
            "Foreign key type differs from the referenced column", "Values that do not fit, implicit casts on every "
                    + "join and indexes that cannot be used follow from mismatched key types.",
            "Give the foreign key column exactly the referenced column's type.");
    static final Rule SET_NULL_NOT_NULL = Rule.error("set-null-on-not-null", INTEGRITY, Item.INTEGRITY,
            "SET NULL on a NOT NULL column", "Deleting the referenced row fails at run time: the database cannot "
                    + "set a NOT NULL column to NULL.", "Make the column nullable, or choose RESTRICT or CASCADE.");
    static final Rule SET_DEFAULT_NO_DEFAULT = Rule.warning("set-default-without-default", INTEGRITY,
            Item.INTEGRITY, "SET DEFAULT on a column without a default", "The column falls back to NULL, which "
                    + "is rarely what SET DEFAULT meant.", "Give the column a default, or choose another action.");
    static final Rule CASCADE_CHAIN = Rule.warning("cascade-chain", INTEGRITY, Item.INTEGRITY,
            "CASCADE chain through 3 or more entities", "One delete silently removes rows three tables away; a "
                    + "mistake in the first table empties the last.",
            "Use RESTRICT somewhere along the chain, or soft-delete the root.");
    static final Rule ONE_TO_ONE_UNIQUE = Rule.warning("one-to-one-without-unique", INTEGRITY, Item.INTEGRITY,
            "1:1 without a unique key on the referencing side", "Without it the database accepts a second row "
                    + "and the relationship quietly becomes 1:N.", "Add a unique index on the foreign key columns.");
    static final Rule JUNCTION_KEY = Rule.warning("junction-without-composite-key", INTEGRITY, Item.INTEGRITY,
            "Junction without a composite key", "The same pair can then be linked twice, doubling join results.",
            "Make the two foreign keys the primary key, or add a unique index over them.");
    static final Rule ORPHAN = Rule.info("orphan-entity", INTEGRITY, null, "Entity in no relationship",
            "An unconnected table is often a missing foreign key (the brief's first red flag).",
            "Relate it to the entities it belongs to, or say in its notes why it stands alone.");
    static final Rule FK_NOT_KEY = Rule.error("fk-references-non-key", INTEGRITY, Item.INTEGRITY,
            "Foreign key to columns that are not a key", "A foreign key must reference a primary key or unique "
                    + "columns; databases refuse it otherwise.", "Reference the primary key, or make the columns unique.");
    static final Rule NO_COLUMNS = Rule.error("relationship-without-columns", INTEGRITY, DATA_MODEL,
            "1:1 or 1:N relationship without columns", "Without column pairs there is no foreign key to create.",
            "Choose the referenced and referencing columns.");
    static final Rule JUNCTION_MISSING = Rule.error("junction-missing", INTEGRITY, DATA_MODEL,
            "N:M without its junction entity", "An N:M relationship lives in its junction table; without one it "
                    + "cannot be stored.", "Choose or create the junction entity.");
    static final Rule IDENTIFYING = Rule.warning("identifying-fk-not-in-key", INTEGRITY, Item.INTEGRITY,
            "Identifying relationship whose columns are not in the key", "An identifying relationship says the "
                    + "child is identified through its parent; its key must then contain the foreign key.",
            "Add the foreign key columns to the primary key, or make the relationship non-identifying.");

    static final Rule MISSING_FK = Rule.warning("missing-foreign-key", INTEGRITY, Item.INTEGRITY,
            "Reference column without a foreign key", "Missing foreign keys are the brief's first red flag: nothing "
                    + "stops a row from pointing at a parent that does not exist.",
            "Add the relationship that the column stands for (or rename the column if it is no reference).");
    static final Rule DEFAULT_ON_DELETE = Rule.info("fk-default-on-delete", INTEGRITY, null,
            "Foreign key left at the default ON DELETE", "NO ACTION by default may be right, but it should be a "
                    + "decision: what happens to the children when a parent goes?",
            "Choose RESTRICT, CASCADE or SET NULL explicitly.");

    static final List<Rule> ALL = List.of(NO_ENTITIES, NO_ATTRIBUTES, NO_PRIMARY_KEY, NULLABLE_KEY, FK_TYPE,
            SET_NULL_NOT_NULL, SET_DEFAULT_NO_DEFAULT, CASCADE_CHAIN, ONE_TO_ONE_UNIQUE, JUNCTION_KEY, ORPHAN,
            FK_NOT_KEY, NO_COLUMNS, JUNCTION_MISSING, IDENTIFYING, MISSING_FK, DEFAULT_ON_DELETE);

    private IntegrityRules() {
    }

    static void check(Findings f) {
        if (f.model.entities().isEmpty()) {
            f.design(NO_ENTITIES, "The design has no entities yet");
        }
        Set<UUID> related = new HashSet<>();
        Set<UUID> referencing = new HashSet<>();
        f.model.relationships().forEach(r -> r.columns().forEach(p -> referencing.add(p.toAttributeId())));
        for (Relationship r : f.model.relationships()) {
            related.add(r.fromEntityId());
            related.add(r.toEntityId());
            if (r.junctionEntityId() != null) {
                related.add(r.junctionEntityId());
            }
            relationship(f, r);
        }
        // the foreign key columns of each junction, gathered once (not one pass over the relationships per junction)
        Map<UUID, Set<UUID>> junctionColumns = new HashMap<>();
        for (Relationship r : f.model.relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY) {
                r.columns().forEach(p -> junctionColumns.computeIfAbsent(r.toEntityId(), k -> new LinkedHashSet<>())
                        .add(p.toAttributeId()));
            }
        }
        for (Entity e : f.model.entities()) {
            if (e.attributes().isEmpty()) {
                f.entity(NO_ATTRIBUTES, e, e.name() + " has no attributes");
            } else if (f.primaryKey(e).isEmpty()) {
                f.entity(NO_PRIMARY_KEY, e, e.name() + " has no primary key");
            }
            f.primaryKey(e).stream().filter(Attribute::nullable).forEach(a -> f.attribute(NULLABLE_KEY, e, a,
                    "Primary key column " + e.name() + "." + a.name() + " is nullable"));
            if (f.model.entities().size() > 1 && !related.contains(e.id()) && e.kind() != EntityKind.AUDIT) {
                f.entity(ORPHAN, e, e.name() + " takes part in no relationship");
            }
            if (e.kind() == EntityKind.JUNCTION) {
                junction(f, e, junctionColumns);
            }
            List<Attribute> pk = f.primaryKey(e);
            for (Attribute a : e.attributes()) {
                boolean ownKey = pk.size() == 1 && pk.get(0).id().equals(a.id());
                String name = a.name();
                if (name.regionMatches(true, name.length() - 3, "_id", 0, 3) && !ownKey
                        && !referencing.contains(a.id())) {
                    f.attribute(MISSING_FK, e, a, e.name() + "." + a.name() + " looks like a reference but no foreign "
                            + "key covers it");
                }
            }
        }
        cascades(f);
    }

    private static void relationship(Findings f, Relationship r) {
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            if (r.junctionEntityId() == null || f.entity(r.junctionEntityId()).isEmpty()) {
                f.relationship(JUNCTION_MISSING, r, "The N:M relationship " + f.relationshipName(r)
                        + " has no junction entity");
            }
            return;
        }
        Entity from = f.entities.get(r.fromEntityId());
        Entity to = f.entities.get(r.toEntityId());
        if (from == null || to == null) {
            return;
        }
        if (r.columns().isEmpty()) {
            f.relationship(NO_COLUMNS, r, "The relationship " + f.relationshipName(r) + " has no column pairs");
            return;
        }
        if (r.onDelete() == null || r.onDelete() == ReferentialAction.NO_ACTION) {
            f.relationship(DEFAULT_ON_DELETE, r, to.name() + " → " + from.name(), "The foreign key " + to.name()
                    + " → " + from.name() + " is left at the default ON DELETE NO ACTION");
        }
        List<Attribute> referenced = new ArrayList<>();
        List<Attribute> referencing = new ArrayList<>();
        for (Relationship.ColumnPair pair : r.columns()) {
            Attribute key = f.attributes.get(pair.fromAttributeId());
            Attribute fk = f.attributes.get(pair.toAttributeId());
            if (key == null || fk == null) {
                continue;
            }
            referenced.add(key);
            referencing.add(fk);
            // the regex-based family test last, remembered per pair of spellings (17,000 pairs at 10,000 tables)
            if (!Types.canonical(fk.dataType()).equals(Types.canonical(key.dataType())) || shorter(fk, key)
                    || !f.compatible(fk.dataType(), key.dataType())) {
                f.relationship(FK_TYPE, r, to.name() + "." + fk.name() + " is " + fk.typeDisplay() + " but refers to "
                        + from.name() + "." + key.name() + ", which is " + key.typeDisplay());
            }
        }
        if (r.onDelete() == ReferentialAction.SET_NULL || r.onUpdate() == ReferentialAction.SET_NULL) {
            referencing.stream().filter(a -> !a.nullable()).forEach(a -> f.relationship(SET_NULL_NOT_NULL, r,
                    f.relationshipName(r) + " sets " + to.name() + "." + a.name() + " to NULL, but it is NOT NULL"));
        }
        if (r.onDelete() == ReferentialAction.SET_DEFAULT || r.onUpdate() == ReferentialAction.SET_DEFAULT) {
            referencing.stream().filter(a -> a.defaultValue() == null || a.defaultValue().isBlank())
                    .forEach(a -> f.relationship(SET_DEFAULT_NO_DEFAULT, r, f.relationshipName(r) + " sets "
                            + to.name() + "." + a.name() + " to its default, but it has none"));
        }
        Set<UUID> fkIds = ids(referencing);
        if (!referenced.isEmpty() && !isKey(f, from, ids(referenced))) {
            f.relationship(FK_NOT_KEY, r, f.relationshipName(r) + " refers to " + from.name() + " ("
                    + names(referenced) + "), which is neither its primary key nor unique");
        }
        if (r.cardinality() == Cardinality.ONE_TO_ONE && !fkIds.isEmpty() && !isKey(f, to, fkIds)) {
            f.relationship(ONE_TO_ONE_UNIQUE, r, "The 1:1 relationship " + f.relationshipName(r) + " has no unique key "
                    + "on " + to.name() + " (" + names(referencing) + ")");
        }
        if (r.identifying() && !ids(f.primaryKey(to)).containsAll(fkIds)) {
            f.relationship(IDENTIFYING, r, "The identifying relationship " + f.relationshipName(r) + " uses "
                    + to.name() + " (" + names(referencing) + "), which is not part of its primary key");
        }
    }

    /** A VARCHAR(20) foreign key cannot hold every value of a VARCHAR(50) key. */
    private static boolean shorter(Attribute fk, Attribute key) {
        return fk.length() != null && key.length() != null && fk.length() < key.length();
    }

    /** Whether the columns are the entity's primary key, a unique column or a unique index (as a set). */
    static boolean isKey(Findings f, Entity entity, Set<UUID> columns) {
        if (!f.primaryKey(entity).isEmpty() && ids(f.primaryKey(entity)).equals(columns)) {
            return true;
        }
        if (columns.size() == 1) {
            Attribute a = f.attributes.get(columns.iterator().next());
            if (a != null && (a.unique() || (a.primaryKey() && f.primaryKey(entity).size() == 1))) {
                return true;
            }
        }
        for (Index i : f.indexesOf(entity.id())) {
            if (i.unique() && !i.partial() && i.columns().stream().map(Index.IndexColumn::attributeId)
                    .collect(Collectors.toSet()).equals(columns)) {
                return true;
            }
        }
        return false;
    }

    private static void junction(Findings f, Entity junction, Map<UUID, Set<UUID>> foreignKeyColumns) {
        Set<UUID> fkColumns = foreignKeyColumns.getOrDefault(junction.id(), Set.of());
        Set<UUID> key = ids(f.primaryKey(junction));
        boolean composite = key.size() >= 2 && key.stream().filter(fkColumns::contains).count() >= 2;
        boolean uniquePair = f.indexesOf(junction.id()).stream().anyMatch(i -> i.unique() && i.columns().size() >= 2
                && fkColumns.containsAll(i.columns().stream().map(Index.IndexColumn::attributeId).toList()));
        if (!composite && !uniquePair) {
            f.entity(JUNCTION_KEY, junction, "The junction " + junction.name()
                    + " has no composite key over its foreign keys");
        }
    }

    /** Chains of ON DELETE CASCADE: reported once, at the entity where a chain of 3 or more entities starts. */
    private static void cascades(Findings f) {
        Map<UUID, List<UUID>> next = new HashMap<>();
        Set<UUID> cascaded = new HashSet<>();
        for (Relationship r : f.model.relationships()) {
            if (r.onDelete() == ReferentialAction.CASCADE && r.cardinality() != Cardinality.MANY_TO_MANY
                    && !r.fromEntityId().equals(r.toEntityId())) {
                next.computeIfAbsent(r.fromEntityId(), k -> new ArrayList<>()).add(r.toEntityId());
                cascaded.add(r.toEntityId());
            }
        }
        Map<UUID, List<UUID>> memo = new HashMap<>();
        for (UUID root : next.keySet()) {
            Entity entity = f.entities.get(root);
            if (cascaded.contains(root) || entity == null) {
                continue;
            }
            List<UUID> longest = longest(root, next, memo, new HashSet<>());
            if (longest.size() >= 3) {
                f.entity(CASCADE_CHAIN, entity, "Deleting a row of " + entity.name() + " cascades through "
                        + longest.stream().map(f::entityName).collect(Collectors.joining(" → ")));
            }
        }
    }

    /** The longest cascade path from the entity (a cycle is cut where it closes), memoised: linear in the graph. */
    private static List<UUID> longest(UUID from, Map<UUID, List<UUID>> next, Map<UUID, List<UUID>> memo,
                                      Set<UUID> onPath) {
        List<UUID> known = memo.get(from);
        if (known != null) {
            return known;
        }
        if (!onPath.add(from)) {
            return List.of();
        }
        List<UUID> best = List.of();
        for (UUID to : next.getOrDefault(from, List.of())) {
            List<UUID> path = longest(to, next, memo, onPath);
            if (path.size() > best.size()) {
                best = path;
            }
        }
        onPath.remove(from);
        List<UUID> path = new ArrayList<>();
        path.add(from);
        path.addAll(best);
        memo.put(from, path);
        return path;
    }

    static Set<UUID> ids(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static String names(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::name).collect(Collectors.joining(", "));
    }
}

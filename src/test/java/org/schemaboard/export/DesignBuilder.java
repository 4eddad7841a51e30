package org.schemaboard.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/** Builds {@link DesignModel}s for tests directly, without Spring or a database: ids are made up as elements are added. */
final class DesignBuilder {

    private final String name;
    private TargetDatabase target = TargetDatabase.POSTGRESQL;
    private String description;
    private final List<EntityBuilder> entities = new ArrayList<>();
    private final List<RelationshipBuilder> relationships = new ArrayList<>();
    private final List<IndexBuilder> indexes = new ArrayList<>();
    private final List<PatternBuilder> patterns = new ArrayList<>();

    DesignBuilder(String name) {
        this.name = name;
    }

    DesignBuilder target(TargetDatabase value) {
        target = value;
        return this;
    }

    DesignBuilder description(String value) {
        description = value;
        return this;
    }

    EntityBuilder entity(String entityName, EntityKind kind, String purpose) {
        EntityBuilder e = new EntityBuilder(entityName, kind, purpose);
        entities.add(e);
        return e;
    }

    /** A 1:1 or 1:N foreign key: {@code to(toColumn)} references {@code from(fromColumn)}. */
    RelationshipBuilder relationship(EntityBuilder from, String fromColumn, Cardinality cardinality, EntityBuilder to,
                                     String toColumn, ReferentialAction onDelete, String label) {
        RelationshipBuilder r = new RelationshipBuilder(from, to, cardinality, onDelete, label);
        r.columns.add(new Relationship.ColumnPair(from.attributeId(fromColumn), to.attributeId(toColumn)));
        relationships.add(r);
        return r;
    }

    RelationshipBuilder manyToMany(EntityBuilder from, EntityBuilder to, EntityBuilder junction, String label) {
        RelationshipBuilder r = new RelationshipBuilder(from, to, Cardinality.MANY_TO_MANY, ReferentialAction.NO_ACTION, label);
        r.junction = junction.id;
        relationships.add(r);
        return r;
    }

    /** An index on the columns, each optionally followed by " DESC". */
    IndexBuilder index(String indexName, EntityBuilder entity, String... columns) {
        IndexBuilder i = new IndexBuilder(indexName, entity);
        for (String column : columns) {
            boolean desc = column.endsWith(" DESC");
            String attribute = desc ? column.substring(0, column.length() - 5) : column;
            i.columns.add(new Index.IndexColumn(entity.attributeId(attribute), desc));
        }
        indexes.add(i);
        return i;
    }

    PatternBuilder pattern(String patternName) {
        PatternBuilder p = new PatternBuilder(patternName);
        patterns.add(p);
        return p;
    }

    DesignModel build() {
        List<Entity> builtEntities = entities.stream().map(EntityBuilder::build)
                .sorted(Comparator.comparing(Entity::name)).toList();
        return new DesignModel(UUID.randomUUID(), name, target, description, builtEntities,
                relationships.stream().map(RelationshipBuilder::build).toList(),
                indexes.stream().map(IndexBuilder::build).sorted(Comparator.comparing(Index::name)).toList(),
                patterns.stream().map(PatternBuilder::build).sorted(Comparator.comparing(QueryPattern::name)).toList());
    }

    static final class EntityBuilder {
        final UUID id = UUID.randomUUID();
        final String name;
        private final EntityKind kind;
        private final String purpose;
        private String rules;
        private String lifecycle;
        private String notes;
        private final List<Column> columns = new ArrayList<>();

        private EntityBuilder(String name, EntityKind kind, String purpose) {
            this.name = name;
            this.kind = kind;
            this.purpose = purpose;
        }

        EntityBuilder rules(String value) {
            rules = value;
            return this;
        }

        EntityBuilder lifecycle(String value) {
            lifecycle = value;
            return this;
        }

        EntityBuilder notes(String value) {
            notes = value;
            return this;
        }

        Column col(String columnName, String type) {
            Column c = new Column(this, columnName, type);
            columns.add(c);
            return c;
        }

        UUID attributeId(String columnName) {
            return columns.stream().filter(c -> c.name.equals(columnName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + columnName)).id;
        }

        private Entity build() {
            List<Attribute> attributes = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                attributes.add(new Attribute(c.id, id, i + 1, c.name, c.type, c.length, c.precision, c.scale, c.nullable,
                        c.defaultValue, c.primaryKey, c.unique, c.autoIncrement, c.check, c.description, 1));
            }
            return new Entity(id, name, kind, purpose, rules, lifecycle, notes, 1, attributes);
        }
    }

    static final class Column {
        private final EntityBuilder owner;
        final UUID id = UUID.randomUUID();
        final String name;
        private final String type;
        private Integer length;
        private Integer precision;
        private Integer scale;
        private boolean nullable = true;
        private String defaultValue;
        private boolean primaryKey;
        private boolean unique;
        private boolean autoIncrement;
        private String check;
        private String description;

        private Column(EntityBuilder owner, String name, String type) {
            this.owner = owner;
            this.name = name;
            this.type = type;
        }

        Column len(int value) {
            length = value;
            return this;
        }

        Column decimal(int p, int s) {
            precision = p;
            scale = s;
            return this;
        }

        Column pk() {
            primaryKey = true;
            nullable = false;
            return this;
        }

        Column notNull() {
            nullable = false;
            return this;
        }

        Column unique() {
            unique = true;
            return this;
        }

        Column autoIncrement() {
            autoIncrement = true;
            return this;
        }

        Column def(String sql) {
            defaultValue = sql;
            return this;
        }

        Column check(String sql) {
            check = sql;
            return this;
        }

        Column desc(String text) {
            description = text;
            return this;
        }

        /** Back to the entity, to add the next column. */
        EntityBuilder and() {
            return owner;
        }
    }

    static final class RelationshipBuilder {
        final UUID id = UUID.randomUUID();
        private final EntityBuilder from;
        private final EntityBuilder to;
        private final Cardinality cardinality;
        private final ReferentialAction onDelete;
        private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        private final String label;
        private final List<Relationship.ColumnPair> columns = new ArrayList<>();
        private boolean identifying;
        private String rationale;
        private String constraintName;
        private UUID junction;

        private RelationshipBuilder(EntityBuilder from, EntityBuilder to, Cardinality cardinality,
                                    ReferentialAction onDelete, String label) {
            this.from = from;
            this.to = to;
            this.cardinality = cardinality;
            this.onDelete = onDelete;
            this.label = label;
        }

        RelationshipBuilder identifying() {
            identifying = true;
            return this;
        }

        RelationshipBuilder rationale(String text) {
            rationale = text;
            return this;
        }

        RelationshipBuilder onUpdate(ReferentialAction action) {
            onUpdate = action;
            return this;
        }

        RelationshipBuilder named(String value) {
            constraintName = value;
            return this;
        }

        /** One more column pair (composite foreign keys). */
        RelationshipBuilder and(String fromColumn, String toColumn) {
            columns.add(new Relationship.ColumnPair(from.attributeId(fromColumn), to.attributeId(toColumn)));
            return this;
        }

        private Relationship build() {
            return new Relationship(id, constraintName, from.id, to.id, cardinality, columns, onDelete, onUpdate, label,
                    identifying, rationale, junction, 1);
        }
    }

    static final class IndexBuilder {
        final UUID id = UUID.randomUUID();
        final String name;
        private final EntityBuilder entity;
        private final List<Index.IndexColumn> columns = new ArrayList<>();
        private boolean unique;
        private String predicate;
        private IndexMethod method = IndexMethod.BTREE;
        private String purpose;
        private String rationale;
        private final List<UUID> patterns = new ArrayList<>();

        private IndexBuilder(String name, EntityBuilder entity) {
            this.name = name;
            this.entity = entity;
        }

        IndexBuilder unique() {
            unique = true;
            return this;
        }

        IndexBuilder where(String sql) {
            predicate = sql;
            return this;
        }

        IndexBuilder using(IndexMethod value) {
            method = value;
            return this;
        }

        IndexBuilder purpose(String text) {
            purpose = text;
            return this;
        }

        IndexBuilder rationale(String text) {
            rationale = text;
            return this;
        }

        /** Links the index to a pattern from the index's side (patterns can link from theirs too). */
        IndexBuilder serves(PatternBuilder pattern) {
            patterns.add(pattern.id);
            return this;
        }

        private Index build() {
            return new Index(id, entity.id, name, columns, unique, predicate, method, purpose, rationale, patterns, 1);
        }
    }

    static final class PatternBuilder {
        final UUID id = UUID.randomUUID();
        final String name;
        private String description;
        private String sql;
        private BigDecimal frequency;
        private FrequencyUnit unit;
        private Integer latency;
        private final List<UUID> entityIds = new ArrayList<>();
        private final List<UUID> indexIds = new ArrayList<>();

        private PatternBuilder(String name) {
            this.name = name;
        }

        PatternBuilder description(String text) {
            description = text;
            return this;
        }

        PatternBuilder sql(String text) {
            sql = text;
            return this;
        }

        PatternBuilder frequency(String value, FrequencyUnit per) {
            frequency = new BigDecimal(value);
            unit = per;
            return this;
        }

        PatternBuilder latencyMs(int value) {
            latency = value;
            return this;
        }

        PatternBuilder touches(EntityBuilder... entities) {
            for (EntityBuilder e : entities) {
                entityIds.add(e.id);
            }
            return this;
        }

        PatternBuilder uses(IndexBuilder... indexes) {
            for (IndexBuilder i : indexes) {
                indexIds.add(i.id);
            }
            return this;
        }

        private QueryPattern build() {
            return new QueryPattern(id, name, description, sql, frequency, unit, latency, entityIds, indexIds, 1);
        }
    }
}

package org.schemaboard.model;

import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import static org.schemaboard.db.Tables.ATTRIBUTE;
import static org.schemaboard.db.Tables.ENTITY;
import static org.schemaboard.db.Tables.ENTITY_INDEX;
import static org.schemaboard.db.Tables.INDEX_COLUMN;
import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN_ENTITY;
import static org.schemaboard.db.Tables.RELATIONSHIP;
import static org.schemaboard.db.Tables.RELATIONSHIP_COLUMN;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.schemaboard.db.tables.records.EntityIndexRecord;
import org.schemaboard.db.tables.records.EntityRecord;
import org.schemaboard.db.tables.records.QueryPatternRecord;
import org.schemaboard.db.tables.records.RelationshipRecord;
import org.springframework.stereotype.Repository;

/**
 * Reads the model. A whole design is read with one flat query per element table (no N+1): at 40,000 attributes that
 * is much faster than nested JSON multisets on H2. The queries see one state of the design only if the caller's
 * transaction gives them one: under READ COMMITTED (the default of H2 and PostgreSQL) each query sees what was
 * committed when it ran, so a change committed in between could show half. {@link DesignModelService#load} therefore
 * reads at SERIALIZABLE; a write that reads here sees its own transaction's state.
 */
@Repository
public class ModelReader {

    /** The attribute columns the model needs, in the order {@link #attributes} reads them. */
    private static final List<Field<?>> ATTRIBUTE_FIELDS = List.of(ATTRIBUTE.ID, ATTRIBUTE.ENTITY_ID,
            ATTRIBUTE.POSITION, ATTRIBUTE.NAME, ATTRIBUTE.DATA_TYPE, ATTRIBUTE.LENGTH, ATTRIBUTE.NUMERIC_PRECISION,
            ATTRIBUTE.NUMERIC_SCALE, ATTRIBUTE.NULLABLE, ATTRIBUTE.DEFAULT_VALUE, ATTRIBUTE.PRIMARY_KEY,
            ATTRIBUTE.UNIQUE_VALUE, ATTRIBUTE.AUTO_INCREMENT, ATTRIBUTE.CHECK_EXPRESSION, ATTRIBUTE.DESCRIPTION,
            ATTRIBUTE.VERSION);
    private static final int A_ID = column(ATTRIBUTE.ID);
    private static final int A_ENTITY_ID = column(ATTRIBUTE.ENTITY_ID);
    private static final int A_POSITION = column(ATTRIBUTE.POSITION);
    private static final int A_NAME = column(ATTRIBUTE.NAME);
    private static final int A_DATA_TYPE = column(ATTRIBUTE.DATA_TYPE);
    private static final int A_LENGTH = column(ATTRIBUTE.LENGTH);
    private static final int A_PRECISION = column(ATTRIBUTE.NUMERIC_PRECISION);
    private static final int A_SCALE = column(ATTRIBUTE.NUMERIC_SCALE);
    private static final int A_NULLABLE = column(ATTRIBUTE.NULLABLE);
    private static final int A_DEFAULT = column(ATTRIBUTE.DEFAULT_VALUE);
    private static final int A_PRIMARY_KEY = column(ATTRIBUTE.PRIMARY_KEY);
    private static final int A_UNIQUE = column(ATTRIBUTE.UNIQUE_VALUE);
    private static final int A_AUTO_INCREMENT = column(ATTRIBUTE.AUTO_INCREMENT);
    private static final int A_CHECK = column(ATTRIBUTE.CHECK_EXPRESSION);
    private static final int A_DESCRIPTION = column(ATTRIBUTE.DESCRIPTION);
    private static final int A_VERSION = column(ATTRIBUTE.VERSION);

    private static int column(Field<?> field) {
        return ATTRIBUTE_FIELDS.indexOf(field) + 1;
    }

    private final DSLContext db;

    ModelReader(DSLContext db) {
        this.db = db;
    }

    /** All elements of a design; the caller adds the design's own fields. */
    public Parts load(UUID designId) {
        return read(ENTITY.DESIGN_ID.eq(designId), ENTITY.DESIGN_ID.eq(designId), true,
                RELATIONSHIP.DESIGN_ID.eq(designId), ENTITY_INDEX.DESIGN_ID.eq(designId),
                QUERY_PATTERN.DESIGN_ID.eq(designId));
    }

    public record Parts(List<Entity> entities, List<Relationship> relationships, List<Index> indexes,
                 List<QueryPattern> queryPatterns) {
    }

    public Optional<Entity> entity(UUID id) {
        return read(ENTITY.ID.eq(id), ATTRIBUTE.ENTITY_ID.eq(id), false, null, null,
                null).entities().stream().findFirst();
    }

    public Optional<UUID> designOfEntity(UUID entityId) {
        return db.select(ENTITY.DESIGN_ID).from(ENTITY).where(ENTITY.ID.eq(entityId)).fetchOptional(ENTITY.DESIGN_ID);
    }

    public Optional<UUID> designOfIndex(UUID indexId) {
        return db.select(ENTITY_INDEX.DESIGN_ID).from(ENTITY_INDEX).where(ENTITY_INDEX.ID.eq(indexId))
                .fetchOptional(ENTITY_INDEX.DESIGN_ID);
    }

    public Optional<UUID> designOfQueryPattern(UUID queryPatternId) {
        return db.select(QUERY_PATTERN.DESIGN_ID).from(QUERY_PATTERN).where(QUERY_PATTERN.ID.eq(queryPatternId))
                .fetchOptional(QUERY_PATTERN.DESIGN_ID);
    }

    public Optional<Attribute> attribute(UUID id) {
        return attributes(ATTRIBUTE.ID.eq(id), false).stream().findFirst();
    }

    public Optional<Relationship> relationship(UUID id) {
        return read(null, null, false, RELATIONSHIP.ID.eq(id), null,
                null).relationships().stream().findFirst();
    }

    public Optional<Index> index(UUID id) {
        return read(null, null, false, null, ENTITY_INDEX.ID.eq(id),
                null).indexes().stream().findFirst();
    }

    public List<Index> indexesOfEntity(UUID entityId) {
        return read(null, null, false, null, ENTITY_INDEX.ENTITY_ID.eq(entityId), null).indexes();
    }

    public Optional<QueryPattern> queryPattern(UUID id) {
        return read(null, null, false, null, null,
                QUERY_PATTERN.ID.eq(id)).queryPatterns().stream().findFirst();
    }

    /** {@code attributes} is a condition on the attribute table, or on the entity table when {@code attributesJoinEntity}. */
    private Parts read(Condition entities, Condition attributes, boolean attributesJoinEntity, Condition relationships,
                       Condition indexes, Condition queryPatterns) {
        Map<UUID, List<Attribute>> attributesByEntity = new HashMap<>();
        List<Entity> entityList = List.of();
        if (entities != null) {
        for (Attribute attribute : attributes(attributes, attributesJoinEntity)) {
            attributesByEntity.computeIfAbsent(attribute.entityId(), k -> new ArrayList<>()).add(attribute);
        }
        attributesByEntity.values().forEach(list -> list.sort(BY_POSITION));
        entityList = db.selectFrom(ENTITY).where(entities).orderBy(DSL.lower(ENTITY.NAME))
                .fetch(r -> toEntity(r, attributesByEntity.getOrDefault(r.getId(), List.of())));
        }

        Map<UUID, List<Relationship.ColumnPair>> pairs = new HashMap<>();
        if (relationships != null) {
            db.select(RELATIONSHIP_COLUMN.RELATIONSHIP_ID, RELATIONSHIP_COLUMN.FROM_ATTRIBUTE_ID,
                            RELATIONSHIP_COLUMN.TO_ATTRIBUTE_ID)
                    .from(RELATIONSHIP_COLUMN).join(RELATIONSHIP).on(RELATIONSHIP.ID.eq(RELATIONSHIP_COLUMN.RELATIONSHIP_ID))
                    .where(relationships)
                    .orderBy(RELATIONSHIP_COLUMN.RELATIONSHIP_ID, RELATIONSHIP_COLUMN.POSITION)
                    .forEach(r -> pairs.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new Relationship.ColumnPair(r.value2(), r.value3())));
        }
        List<Relationship> relationshipList = relationships == null ? List.of()
                : db.selectFrom(RELATIONSHIP).where(relationships).orderBy(RELATIONSHIP.CREATED_AT, RELATIONSHIP.ID)
                        .fetch(r -> toRelationship(r, pairs.getOrDefault(r.getId(), List.of())));

        List<Index> indexList = List.of();
        if (indexes != null) {
            Map<UUID, List<Index.IndexColumn>> columns = new HashMap<>();
            db.select(INDEX_COLUMN.INDEX_ID, INDEX_COLUMN.ATTRIBUTE_ID, INDEX_COLUMN.DESCENDING)
                    .from(INDEX_COLUMN).join(ENTITY_INDEX).on(ENTITY_INDEX.ID.eq(INDEX_COLUMN.INDEX_ID))
                    .where(indexes).orderBy(INDEX_COLUMN.INDEX_ID, INDEX_COLUMN.POSITION)
                    .forEach(r -> columns.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new Index.IndexColumn(r.value2(), r.value3())));
            // Links in the order of the linked element's name (as the model lists elements), not in key order:
            // keys are random UUIDs, so key order would change when the same design is imported elsewhere.
            Map<UUID, List<UUID>> served = new HashMap<>();
            db.select(INDEX_QUERY_PATTERN.INDEX_ID, INDEX_QUERY_PATTERN.QUERY_PATTERN_ID)
                    .from(INDEX_QUERY_PATTERN).join(ENTITY_INDEX).on(ENTITY_INDEX.ID.eq(INDEX_QUERY_PATTERN.INDEX_ID))
                    .join(QUERY_PATTERN).on(QUERY_PATTERN.ID.eq(INDEX_QUERY_PATTERN.QUERY_PATTERN_ID))
                    .where(indexes)
                    .orderBy(DSL.lower(QUERY_PATTERN.NAME))
                    .forEach(r -> served.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            indexList = db.selectFrom(ENTITY_INDEX).where(indexes).orderBy(DSL.lower(ENTITY_INDEX.NAME))
                    .fetch(r -> toIndex(r, columns.getOrDefault(r.getId(), List.of()),
                            served.getOrDefault(r.getId(), List.of())));
        }

        List<QueryPattern> patternList = List.of();
        if (queryPatterns != null) {
            Map<UUID, List<UUID>> touched = new HashMap<>();
            db.select(QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID, QUERY_PATTERN_ENTITY.ENTITY_ID)
                    .from(QUERY_PATTERN_ENTITY).join(QUERY_PATTERN)
                    .on(QUERY_PATTERN.ID.eq(QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID))
                    .join(ENTITY).on(ENTITY.ID.eq(QUERY_PATTERN_ENTITY.ENTITY_ID))
                    .where(queryPatterns)
                    .orderBy(DSL.lower(ENTITY.NAME))
                    .forEach(r -> touched.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            Map<UUID, List<UUID>> reliesOn = new HashMap<>();
            db.select(INDEX_QUERY_PATTERN.QUERY_PATTERN_ID, INDEX_QUERY_PATTERN.INDEX_ID)
                    .from(INDEX_QUERY_PATTERN).join(QUERY_PATTERN)
                    .on(QUERY_PATTERN.ID.eq(INDEX_QUERY_PATTERN.QUERY_PATTERN_ID))
                    .join(ENTITY_INDEX).on(ENTITY_INDEX.ID.eq(INDEX_QUERY_PATTERN.INDEX_ID))
                    .where(queryPatterns)
                    .orderBy(DSL.lower(ENTITY_INDEX.NAME))
                    .forEach(r -> reliesOn.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            patternList = db.selectFrom(QUERY_PATTERN).where(queryPatterns).orderBy(DSL.lower(QUERY_PATTERN.NAME))
                    .fetch(r -> toQueryPattern(r, touched.getOrDefault(r.getId(), List.of()),
                            reliesOn.getOrDefault(r.getId(), List.of())));
        }
        return new Parts(entityList, relationshipList, indexList, patternList);
    }

    /**
     * Attributes in entity and position order. A large design has tens of thousands (40,000 in the benchmark), so the
     * rows are read straight from the JDBC result set: building a jOOQ record per row, with every column converted,
     * made this one query about three quarters of a whole design's load time (see BENCHMARKS.md).
     */
    private List<Attribute> attributes(Condition condition, boolean joinEntity) {
        List<Attribute> attributes = new ArrayList<>();
        // A condition on the entity joins the entity table: H2 then looks up each entity's attributes by the
        // (entity_id, name) index instead of testing every attribute row against an IN (subquery). No ORDER BY: the
        // caller sorts each entity's few attributes by position, which costs less than H2 sorting them all.
        Table<?> from = joinEntity ? ATTRIBUTE.join(ENTITY).on(ENTITY.ID.eq(ATTRIBUTE.ENTITY_ID)) : ATTRIBUTE;
        try (ResultSet rs = db.select(ATTRIBUTE_FIELDS).from(from).where(condition).fetchResultSet()) {
            while (rs.next()) {
                attributes.add(new Attribute(rs.getObject(A_ID, UUID.class), rs.getObject(A_ENTITY_ID, UUID.class),
                        rs.getInt(A_POSITION), rs.getString(A_NAME), rs.getString(A_DATA_TYPE),
                        integerOrNull(rs, A_LENGTH), integerOrNull(rs, A_PRECISION), integerOrNull(rs, A_SCALE),
                        rs.getBoolean(A_NULLABLE), rs.getString(A_DEFAULT), rs.getBoolean(A_PRIMARY_KEY),
                        rs.getBoolean(A_UNIQUE), rs.getBoolean(A_AUTO_INCREMENT), rs.getString(A_CHECK), rs.getString(A_DESCRIPTION),
                        rs.getInt(A_VERSION)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading attributes failed: " + e.getMessage(), e);
        }
        return attributes;
    }

    private static final java.util.Comparator<Attribute> BY_POSITION = java.util.Comparator.comparingInt(Attribute::position);

    private static Integer integerOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Entity toEntity(EntityRecord r, List<Attribute> attributes) {
        return new Entity(r.getId(), r.getName(), EntityKind.valueOf(r.getKind()), r.getPurpose(),
                r.getBusinessRules(), r.getLifecycle(), r.getNotes(), r.getVersion(), attributes);
    }

    private static Relationship toRelationship(RelationshipRecord r, List<Relationship.ColumnPair> pairs) {
        return new Relationship(r.getId(), r.getName(), r.getFromEntityId(), r.getToEntityId(),
                Cardinality.valueOf(r.getCardinality()), pairs, ReferentialAction.valueOf(r.getOnDelete()),
                ReferentialAction.valueOf(r.getOnUpdate()), r.getLabel(), r.getIdentifying(), r.getRationale(),
                r.getJunctionEntityId(), r.getVersion());
    }

    private static Index toIndex(EntityIndexRecord r, List<Index.IndexColumn> columns, List<UUID> served) {
        return new Index(r.getId(), r.getEntityId(), r.getName(), columns, r.getUniqueIndex(), r.getPredicate(),
                IndexMethod.valueOf(r.getMethod()), r.getPurpose(), r.getRationale(), served, r.getVersion());
    }

    private static QueryPattern toQueryPattern(QueryPatternRecord r, List<UUID> entities, List<UUID> indexes) {
        return new QueryPattern(r.getId(), r.getName(), r.getDescription(), r.getSqlText(), r.getFrequency(),
                r.getFrequencyUnit() == null ? null : FrequencyUnit.valueOf(r.getFrequencyUnit()),
                r.getLatencyTargetMs(), entities, indexes, r.getVersion());
    }
}

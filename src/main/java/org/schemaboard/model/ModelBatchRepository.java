package org.schemaboard.model;

import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.RelationshipDraft;
import static org.schemaboard.db.Tables.ATTRIBUTE;
import static org.schemaboard.db.Tables.ENTITY;
import static org.schemaboard.db.Tables.ENTITY_INDEX;
import static org.schemaboard.db.Tables.INDEX_COLUMN;
import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN_ENTITY;
import static org.schemaboard.db.Tables.RELATIONSHIP;
import static org.schemaboard.db.Tables.RELATIONSHIP_COLUMN;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Inserts a validated batch of new elements with one prepared multi-row statement per table, executed in JDBC
 * batches: the rows of an import go in without a statement (or a round of validation queries) per element.
 */
@Repository
class ModelBatchRepository {

    /** Rows per JDBC batch; progress is reported after each. */
    private static final int CHUNK = 1000;

    /** Rows per INSERT statement: one statement per row costs the database more than the rows themselves. */
    private static final int ROWS_PER_STATEMENT = 50;

    /** A relationship row: the validated draft and the junction an N:M names (or null). */
    record RelationshipRow(UUID id, RelationshipDraft draft, UUID junctionId) {
    }

    private final DSLContext db;

    ModelBatchRepository(DSLContext db) {
        this.db = db;
    }

    /** Deletes every element of the design; attributes, relationships and indexes go with their entities. */
    void deleteModel(UUID designId) {
        db.deleteFrom(QUERY_PATTERN).where(QUERY_PATTERN.DESIGN_ID.eq(designId)).execute();
        db.deleteFrom(ENTITY).where(ENTITY.DESIGN_ID.eq(designId)).execute();
    }

    /**
     * @param done told how many elements (entities, attributes, indexes, relationships) have been written so far
     */
    void insert(UUID designId, UUID actor, List<Entity> entities, List<QueryPattern> queryPatterns,
                List<Index> indexes, List<RelationshipRow> relationships, IntConsumer done) {
        OffsetDateTime now = OffsetDateTime.now();
        int[] written = {0};
        IntConsumer count = n -> {
            written[0] += n;
            done.accept(written[0]);
        };
        List<Object[]> entityRows = new ArrayList<>();
        List<Object[]> attributeRows = new ArrayList<>();
        for (Entity e : entities) {
            entityRows.add(new Object[] {e.id(), designId, e.name(), e.kind().name(), e.purpose(), e.businessRules(),
                    e.lifecycle(), e.notes(), now, actor, now, 1});
            for (Attribute a : e.attributes()) {
                attributeRows.add(new Object[] {a.id(), e.id(), a.position(), a.name(), a.dataType(), a.length(),
                        a.precision(), a.scale(), a.nullable(), a.defaultValue(), a.primaryKey(), a.unique(),
                        a.autoIncrement(), a.checkExpression(), a.description(), actor, now, 1});
            }
        }
        insert(ENTITY, List.of(ENTITY.ID, ENTITY.DESIGN_ID, ENTITY.NAME, ENTITY.KIND, ENTITY.PURPOSE,
                ENTITY.BUSINESS_RULES, ENTITY.LIFECYCLE, ENTITY.NOTES, ENTITY.CREATED_AT, ENTITY.UPDATED_BY,
                ENTITY.UPDATED_AT, ENTITY.VERSION), entityRows, count);
        insert(ATTRIBUTE, List.of(ATTRIBUTE.ID, ATTRIBUTE.ENTITY_ID, ATTRIBUTE.POSITION, ATTRIBUTE.NAME,
                ATTRIBUTE.DATA_TYPE, ATTRIBUTE.LENGTH, ATTRIBUTE.NUMERIC_PRECISION, ATTRIBUTE.NUMERIC_SCALE,
                ATTRIBUTE.NULLABLE, ATTRIBUTE.DEFAULT_VALUE, ATTRIBUTE.PRIMARY_KEY, ATTRIBUTE.UNIQUE_VALUE,
                ATTRIBUTE.AUTO_INCREMENT, ATTRIBUTE.CHECK_EXPRESSION, ATTRIBUTE.DESCRIPTION, ATTRIBUTE.UPDATED_BY, ATTRIBUTE.UPDATED_AT,
                ATTRIBUTE.VERSION), attributeRows, count);

        List<Object[]> patternRows = new ArrayList<>();
        List<Object[]> patternEntities = new ArrayList<>();
        // one relation, named from either side: a link both sides name is written once
        Set<List<UUID>> indexPatternLinks = new LinkedHashSet<>();
        for (QueryPattern q : queryPatterns) {
            patternRows.add(new Object[] {q.id(), designId, q.name(), q.description(), q.sql(), q.frequency(),
                    q.frequencyUnit() == null ? null : q.frequencyUnit().name(), q.latencyTargetMs(), now, actor, now,
                    1});
            q.entityIds().forEach(e -> patternEntities.add(new Object[] {q.id(), e}));
            q.indexIds().forEach(i -> indexPatternLinks.add(List.of(i, q.id())));
        }
        insert(QUERY_PATTERN, List.of(QUERY_PATTERN.ID, QUERY_PATTERN.DESIGN_ID, QUERY_PATTERN.NAME,
                QUERY_PATTERN.DESCRIPTION, QUERY_PATTERN.SQL_TEXT, QUERY_PATTERN.FREQUENCY,
                QUERY_PATTERN.FREQUENCY_UNIT, QUERY_PATTERN.LATENCY_TARGET_MS, QUERY_PATTERN.CREATED_AT,
                QUERY_PATTERN.UPDATED_BY, QUERY_PATTERN.UPDATED_AT, QUERY_PATTERN.VERSION), patternRows, count);
        insert(QUERY_PATTERN_ENTITY, List.of(QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID, QUERY_PATTERN_ENTITY.ENTITY_ID),
                patternEntities, n -> { });

        List<Object[]> indexRows = new ArrayList<>();
        List<Object[]> indexColumns = new ArrayList<>();
        for (Index i : indexes) {
            indexRows.add(new Object[] {i.id(), designId, i.entityId(), i.name(), i.unique(), i.predicate(),
                    i.method().name(), i.purpose(), i.rationale(), now, actor, now, 1});
            for (int c = 0; c < i.columns().size(); c++) {
                indexColumns.add(new Object[] {i.id(), c, i.columns().get(c).attributeId(),
                        i.columns().get(c).descending()});
            }
            i.queryPatternIds().forEach(p -> indexPatternLinks.add(List.of(i.id(), p)));
        }
        insert(ENTITY_INDEX, List.of(ENTITY_INDEX.ID, ENTITY_INDEX.DESIGN_ID, ENTITY_INDEX.ENTITY_ID,
                ENTITY_INDEX.NAME, ENTITY_INDEX.UNIQUE_INDEX, ENTITY_INDEX.PREDICATE, ENTITY_INDEX.METHOD,
                ENTITY_INDEX.PURPOSE, ENTITY_INDEX.RATIONALE, ENTITY_INDEX.CREATED_AT, ENTITY_INDEX.UPDATED_BY,
                ENTITY_INDEX.UPDATED_AT, ENTITY_INDEX.VERSION), indexRows, count);
        insert(INDEX_COLUMN, List.of(INDEX_COLUMN.INDEX_ID, INDEX_COLUMN.POSITION, INDEX_COLUMN.ATTRIBUTE_ID,
                INDEX_COLUMN.DESCENDING), indexColumns, n -> { });
        insert(INDEX_QUERY_PATTERN, List.of(INDEX_QUERY_PATTERN.INDEX_ID, INDEX_QUERY_PATTERN.QUERY_PATTERN_ID),
                indexPatternLinks.stream().map(List::toArray).toList(), n -> { });

        List<Object[]> relationshipRows = new ArrayList<>();
        List<Object[]> pairRows = new ArrayList<>();
        for (RelationshipRow row : relationships) {
            RelationshipDraft d = row.draft();
            relationshipRows.add(new Object[] {row.id(), designId, d.fromEntityId(), d.toEntityId(),
                    d.cardinality().name(), d.name(), d.label(), d.onDelete().name(), d.onUpdate().name(),
                    d.identifying(), d.rationale(), row.junctionId(), now, actor, now, 1});
            for (int c = 0; c < d.columns().size(); c++) {
                pairRows.add(new Object[] {row.id(), c, d.columns().get(c).fromAttributeId(),
                        d.columns().get(c).toAttributeId()});
            }
        }
        insert(RELATIONSHIP, List.of(RELATIONSHIP.ID, RELATIONSHIP.DESIGN_ID, RELATIONSHIP.FROM_ENTITY_ID,
                RELATIONSHIP.TO_ENTITY_ID, RELATIONSHIP.CARDINALITY, RELATIONSHIP.NAME, RELATIONSHIP.LABEL,
                RELATIONSHIP.ON_DELETE, RELATIONSHIP.ON_UPDATE, RELATIONSHIP.IDENTIFYING, RELATIONSHIP.RATIONALE,
                RELATIONSHIP.JUNCTION_ENTITY_ID, RELATIONSHIP.CREATED_AT, RELATIONSHIP.UPDATED_BY,
                RELATIONSHIP.UPDATED_AT, RELATIONSHIP.VERSION), relationshipRows, count);
        insert(RELATIONSHIP_COLUMN, List.of(RELATIONSHIP_COLUMN.RELATIONSHIP_ID, RELATIONSHIP_COLUMN.POSITION,
                RELATIONSHIP_COLUMN.FROM_ATTRIBUTE_ID, RELATIONSHIP_COLUMN.TO_ATTRIBUTE_ID), pairRows, n -> { });
    }

    /** INSERT … VALUES (?, …), (?, …) for {@code rows} rows, as jOOQ renders it for the database. */
    private String insertSql(Table<?> table, List<Field<?>> fields, int rows) {
        var insert = db.insertInto(table, fields).values(Arrays.asList(new Object[fields.size()]));
        for (int r = 1; r < rows; r++) {
            insert = insert.values(Arrays.asList(new Object[fields.size()]));
        }
        return db.render(insert);
    }

    /**
     * The rows as multi-row INSERTs of {@value #ROWS_PER_STATEMENT} rows (one prepared statement, executed in JDBC
     * batches of {@value #CHUNK} rows) and one INSERT for the rest. The SQL is jOOQ's; binding is plain JDBC, as
     * jOOQ's per-value binding cost more than the database's insert here.
     */
    private void insert(Table<?> table, List<Field<?>> fields, List<Object[]> rows, IntConsumer done) {
        if (rows.isEmpty()) {
            return;
        }
        int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        db.connection(connection -> {
            if (full > 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        insertSql(table, fields, ROWS_PER_STATEMENT))) {
                    int reported = 0;
                    for (int from = 0; from < full; from += ROWS_PER_STATEMENT) {
                        bind(insert, rows.subList(from, from + ROWS_PER_STATEMENT));
                        insert.addBatch();
                        int end = from + ROWS_PER_STATEMENT;
                        if (end % CHUNK == 0 || end == full) {
                            insert.executeBatch();
                            done.accept(end - reported);
                            reported = end;
                        }
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        insertSql(table, fields, rows.size() - full))) {
                    bind(insert, rows.subList(full, rows.size()));
                    insert.executeUpdate();
                }
                done.accept(rows.size() - full);
            }
        });
    }

    private static void bind(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        int parameter = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                insert.setObject(parameter++, value);
            }
        }
    }
}

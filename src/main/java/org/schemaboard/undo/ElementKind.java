package org.schemaboard.undo;


import java.util.List;
import org.schemaboard.db.Tables;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.schemaboard.base.ElementType;

/**
 * How an element kind is stored, for undo: its row (keyed by {@code id}), the rows that belong to it alone and go with
 * it ({@code children}, keyed by the element's id), and the elements that the database deletes with it
 * ({@code dependants}), whose states a deletion must keep too. Listed in the order rows may be written (an entity
 * before its attributes, a query pattern before the indexes that serve it); deletions go in reverse.
 */
enum ElementKind {

    ENTITY(ElementType.ENTITY, Tables.ENTITY,
            List.of(new Child(Tables.DIAGRAM_POSITION, Tables.DIAGRAM_POSITION.ENTITY_ID),
                    new Child(Tables.DIAGRAM_AREA_ENTITY, Tables.DIAGRAM_AREA_ENTITY.ENTITY_ID)),
            List.of(new Dependant(ElementType.ATTRIBUTE, Tables.ATTRIBUTE.ENTITY_ID, Tables.ATTRIBUTE.ID),
                    new Dependant(ElementType.RELATIONSHIP, Tables.RELATIONSHIP.FROM_ENTITY_ID, Tables.RELATIONSHIP.ID),
                    new Dependant(ElementType.RELATIONSHIP, Tables.RELATIONSHIP.TO_ENTITY_ID, Tables.RELATIONSHIP.ID),
                    new Dependant(ElementType.RELATIONSHIP, Tables.RELATIONSHIP.JUNCTION_ENTITY_ID,
                            Tables.RELATIONSHIP.ID),
                    new Dependant(ElementType.INDEX, Tables.ENTITY_INDEX.ENTITY_ID, Tables.ENTITY_INDEX.ID),
                    new Dependant(ElementType.QUERY_PATTERN, Tables.QUERY_PATTERN_ENTITY.ENTITY_ID,
                            Tables.QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID))),
    ATTRIBUTE(ElementType.ATTRIBUTE, Tables.ATTRIBUTE, List.of(),
            List.of(new Dependant(ElementType.RELATIONSHIP, Tables.RELATIONSHIP_COLUMN.FROM_ATTRIBUTE_ID,
                            Tables.RELATIONSHIP_COLUMN.RELATIONSHIP_ID),
                    new Dependant(ElementType.RELATIONSHIP, Tables.RELATIONSHIP_COLUMN.TO_ATTRIBUTE_ID,
                            Tables.RELATIONSHIP_COLUMN.RELATIONSHIP_ID),
                    new Dependant(ElementType.INDEX, Tables.INDEX_COLUMN.ATTRIBUTE_ID, Tables.INDEX_COLUMN.INDEX_ID))),
    QUERY_PATTERN(ElementType.QUERY_PATTERN, Tables.QUERY_PATTERN,
            List.of(new Child(Tables.QUERY_PATTERN_ENTITY, Tables.QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID)),
            List.of(new Dependant(ElementType.INDEX, Tables.INDEX_QUERY_PATTERN.QUERY_PATTERN_ID,
                    Tables.INDEX_QUERY_PATTERN.INDEX_ID))),
    INDEX(ElementType.INDEX, Tables.ENTITY_INDEX,
            List.of(new Child(Tables.INDEX_COLUMN, Tables.INDEX_COLUMN.INDEX_ID),
                    new Child(Tables.INDEX_QUERY_PATTERN, Tables.INDEX_QUERY_PATTERN.INDEX_ID)),
            List.of()),
    RELATIONSHIP(ElementType.RELATIONSHIP, Tables.RELATIONSHIP,
            List.of(new Child(Tables.RELATIONSHIP_COLUMN, Tables.RELATIONSHIP_COLUMN.RELATIONSHIP_ID),
                    new Child(Tables.DIAGRAM_ROUTE, Tables.DIAGRAM_ROUTE.RELATIONSHIP_ID)),
            List.of()),
    SPEC_SECTION(ElementType.SPEC_SECTION, Tables.DESIGN_SECTION, List.of(), List.of()),
    NOSQL_ELEMENT(ElementType.NOSQL_ELEMENT, Tables.NOSQL_ELEMENT, List.of(), List.of());

    /** Rows stored with the element, found by its id in {@code parent}. */
    record Child(Table<?> table, Field<UUID> parent) {
    }

    /** Elements of kind {@code type} found by {@code yields} where {@code match} is this element's id. */
    record Dependant(ElementType type, TableField<?, UUID> match, Field<UUID> yields) {
    }

    final ElementType type;
    final Table<?> table;
    final List<Child> children;
    final List<Dependant> dependants;

    ElementKind(ElementType type, Table<?> table, List<Child> children, List<Dependant> dependants) {
        this.type = type;
        this.table = table;
        this.children = children;
        this.dependants = dependants;
    }

    @SuppressWarnings("unchecked")
    Field<UUID> id() {
        return (Field<UUID>) table.getPrimaryKey().getFields().get(0);
    }

    static Optional<ElementKind> of(ElementType type) {
        for (ElementKind kind : values()) {
            if (kind.type == type) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

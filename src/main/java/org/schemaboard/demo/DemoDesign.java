package org.schemaboard.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import org.springframework.stereotype.Component;

/**
 * Fills the demo design with the brief's e-commerce example: the tables of {@link DemoTables}, the relationships of
 * its ERD, the indexes of {@link DemoIndexes} and its two query patterns. Goes through the model's public services
 * like any editor, so the demo is validated and audited as a person's design would be.
 */
@Component
class DemoDesign {

    /** A foreign key of one column, written {@code "users.id"} → {@code "orders.user_id"}. */
    private record Link(String key, String foreignKey, Cardinality cardinality, ReferentialAction onDelete,
                        String label, boolean identifying, String name, String rationale) {
    }

    private record Pattern(String name, String description, String sql, int frequency, FrequencyUnit unit,
                           int latencyTargetMs, List<String> tables, List<String> indexes) {
    }

    private static final List<Link> RELATIONSHIPS = List.of(
            oneToMany("users.id", "orders.user_id", ReferentialAction.RESTRICT, "places", "fk_orders_user",
                    "An order is a financial record, so a customer's order history must outlive any attempt to "
                            + "delete the customer: the delete is refused while orders exist, and accounts are "
                            + "closed by status instead."),
            oneToMany("orders.id", "order_items.order_id", ReferentialAction.CASCADE, "contains",
                    "fk_order_items_order",
                    "Lines exist only as part of their order; if an order is ever purged its lines go in the same "
                            + "statement rather than being left behind."),
            oneToMany("products.id", "order_items.product_id", ReferentialAction.RESTRICT, "appears in",
                    "fk_order_items_product",
                    "Past orders must keep pointing at what was sold, so a product that has been ordered cannot "
                            + "be deleted; it is discontinued instead."),
            oneToMany("categories.id", "products.category_id", ReferentialAction.RESTRICT, "categorizes",
                    "fk_products_category",
                    "Deleting a category must not silently take catalogue data with it; the catalogue team moves "
                            + "its products to another category first."),
            oneToMany("users.id", "reviews.user_id", ReferentialAction.CASCADE, "writes", "fk_reviews_user",
                    "A review is its author's own content and goes when the account is erased. Accounts with "
                            + "orders are never deleted (see fk_orders_user), so this only affects customers who "
                            + "never bought anything."),
            oneToMany("products.id", "reviews.product_id", ReferentialAction.CASCADE, "receives",
                    "fk_reviews_product",
                    "Reviews describe one product and mean nothing without it; products that sold are kept "
                            + "anyway, so this only clears reviews of products that never sold."),
            new Link("users.id", "user_preferences.user_id", Cardinality.ONE_TO_ONE, ReferentialAction.CASCADE,
                    "has", true, "fk_user_preferences_user",
                    "Preferences belong to exactly one account and are worthless without it; user_id is both the "
                            + "key and the foreign key, which makes the relationship 1:1."),
            oneToMany("users.id", "audit_log.changed_by", ReferentialAction.SET_NULL, "is recorded in",
                    "fk_audit_log_changed_by",
                    "The audit trail must outlive the people in it: deleting an account keeps its audit rows and "
                            + "only empties changed_by. Neither CASCADE (loses history) nor RESTRICT (an account "
                            + "that ever changed anything could never be erased) fits."));

    private static final List<Pattern> QUERY_PATTERNS = List.of(
            new Pattern("User dashboard",
                    "Per active customer: orders still open, orders delivered, money spent and the date of the "
                            + "last order. As written it covers every active customer; the page adds u.id = $1 to "
                            + "show one person. Frequency and latency target are this demo's assumptions.",
                    """
                    SELECT
                        u.id,
                        u.first_name,
                        u.last_name,
                        u.email,
                        COUNT(o.id) FILTER (WHERE o.status != 'cancelled') as active_orders,
                        COUNT(o.id) FILTER (WHERE o.status = 'delivered') as completed_orders,
                        COALESCE(SUM(o.total_amount) FILTER (WHERE o.status = 'delivered'), 0) as total_spent,
                        MAX(o.created_at) as last_order_date
                    FROM users u
                    LEFT JOIN orders o ON u.id = o.user_id
                    WHERE u.status = 'active'
                    GROUP BY u.id, u.first_name, u.last_name, u.email;""",
                    20, FrequencyUnit.SECOND, 100,
                    List.of("users", "orders"),
                    List.of("idx_users_status_created", "idx_orders_user_status")),
            new Pattern("Product search",
                    "Catalogue search with optional name text, category, price range and minimum rating, sorted "
                            + "and paged. Parameters keep the plan cacheable and rule out SQL injection. A "
                            + "leading-wildcard ILIKE on name cannot use a btree index; a trigram index is a later "
                            + "decision. Frequency and latency target are this demo's assumptions.",
                    """
                    SELECT
                        p.id,
                        p.name,
                        p.description,
                        p.price,
                        p.image_url,
                        c.name as category_name,
                        AVG(r.rating) as avg_rating,
                        COUNT(r.id) as review_count
                    FROM products p
                    JOIN categories c ON p.category_id = c.id
                    LEFT JOIN reviews r ON p.id = r.product_id
                    WHERE
                        p.status = 'active'
                        AND ($1 IS NULL OR p.name ILIKE '%' || $1 || '%')
                        AND ($2 IS NULL OR p.category_id = $2)
                        AND p.price BETWEEN COALESCE($3, 0) AND COALESCE($4, 999999)
                    GROUP BY p.id, p.name, p.description, p.price, p.image_url, c.name
                    HAVING ($5 IS NULL OR AVG(r.rating) >= $5)
                    ORDER BY
                        CASE WHEN $6 = 'name' THEN p.name END ASC,
                        CASE WHEN $6 = 'price_asc' THEN p.price END ASC,
                        CASE WHEN $6 = 'price_desc' THEN p.price END DESC,
                        CASE WHEN $6 = 'rating' THEN AVG(r.rating) END DESC,
                        p.created_at DESC
                    LIMIT $7 OFFSET $8;""",
                    100, FrequencyUnit.SECOND, 300,
                    List.of("products", "categories", "reviews"),
                    List.of("idx_products_category", "uq_reviews_product_user")));

    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;
    private final QueryPatternService queryPatterns;
    private final DemoSpecification specification;
    private final DemoNoSql nosql;

    DemoDesign(EntityService entities, RelationshipService relationships, IndexService indexes,
               QueryPatternService queryPatterns, DemoSpecification specification, DemoNoSql nosql) {
        this.nosql = nosql;
        this.entities = entities;
        this.relationships = relationships;
        this.indexes = indexes;
        this.queryPatterns = queryPatterns;
        this.specification = specification;
    }

    /** Adds the example to an empty design; the caller runs it as an editor of the design, in one transaction. */
    void fill(UUID designId) {
        Map<String, UUID> ids = new HashMap<>();
        for (DemoTables.Table table : DemoTables.ALL) {
            addTable(designId, table, ids);
        }
        for (Link link : RELATIONSHIPS) {
            relationships.create(designId, new RelationshipDraft(id(ids, table(link.key())),
                    id(ids, table(link.foreignKey())), link.cardinality(),
                    List.of(new Relationship.ColumnPair(id(ids, link.key()), id(ids, link.foreignKey()))),
                    link.onDelete(), ReferentialAction.NO_ACTION, link.label(), link.identifying(), link.rationale(),
                    link.name(), null, null));
        }
        for (DemoIndexes.Spec index : DemoIndexes.ALL) {
            ids.put(index.name(), indexes.create(designId, indexDraft(index, ids)));
        }
        for (Pattern pattern : QUERY_PATTERNS) {
            ids.put(pattern.name(), queryPatterns.create(designId, new QueryPatternDraft(pattern.name(), pattern.description(), pattern.sql(),
                    BigDecimal.valueOf(pattern.frequency()), pattern.unit(), pattern.latencyTargetMs(),
                    pattern.tables().stream().map(name -> id(ids, name)).toList(),
                    pattern.indexes().stream().map(name -> id(ids, name)).toList())));
        }
        specification.fill(designId, ids);
        nosql.fill(designId);
    }

    /** Creates the entity and its attributes, remembering ids by {@code "table"} and {@code "table.column"}. */
    private void addTable(UUID designId, DemoTables.Table table, Map<String, UUID> ids) {
        UUID entityId = entities.createEntity(designId, new EntityDraft(table.name(), table.kind(), table.purpose(),
                table.businessRules(), table.lifecycle(), DemoRationales.of(table)));
        ids.put(table.name(), entityId);
        for (AttributeDraft column : table.columns()) {
            ids.put(table.name() + "." + column.name(), entities.addAttribute(entityId, column));
        }
    }

    private static IndexDraft indexDraft(DemoIndexes.Spec index, Map<String, UUID> ids) {
        List<Index.IndexColumn> columns = index.columns().stream().map(column -> {
            boolean descending = column.endsWith(" DESC");
            String name = descending ? column.substring(0, column.length() - " DESC".length()) : column;
            return new Index.IndexColumn(id(ids, index.table() + "." + name), descending);
        }).toList();
        return new IndexDraft(id(ids, index.table()), index.name(), columns, index.unique(),
                index.predicate() != null, index.predicate(), IndexMethod.BTREE, index.purpose(), index.rationale(),
                List.of());
    }

    /** The id of a table, column or index created earlier; a misspelt name in the data above fails loudly here. */
    private static UUID id(Map<String, UUID> ids, String name) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("The demo design refers to " + name + ", which it did not create");
        }
        return id;
    }

    private static Link oneToMany(String key, String foreignKey, ReferentialAction onDelete, String label,
                                  String name, String rationale) {
        return new Link(key, foreignKey, Cardinality.ONE_TO_MANY, onDelete, label, false, name, rationale);
    }

    /** {@code "orders.user_id"} → {@code "orders"}. */
    private static String table(String column) {
        return column.substring(0, column.indexOf('.'));
    }
}

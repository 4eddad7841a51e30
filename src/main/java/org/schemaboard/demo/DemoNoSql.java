package org.schemaboard.demo;

import java.util.List;
import java.util.UUID;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.NoSqlService;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.model.nosql.SearchIndexMapping;
import org.springframework.stereotype.Component;

/**
 * The brief's e-commerce caching plan as Redis key patterns (sessions, carts, product JSON and its tag sets), and its
 * Elasticsearch product index as a search mapping. The demo keeps no MongoDB collection: its notes say MongoDB is not
 * used there. Saved through {@link NoSqlService} like any edit.
 */
@Component
class DemoNoSql {

    static final List<NoSqlDraft> ELEMENTS = List.of(
            new NoSqlDraft("User session cache", new RedisKeyPattern("session:{uuid}", "string", 3600, null,
                    "volatile-lru", "sign-out, or the user's password or status changes", null)),
            new NoSqlDraft("Shopping cart cache", new RedisKeyPattern("cart:{user_id}", "hash", 86400, null,
                    "volatile-lru", "checkout turns the cart into an order, or the user empties it", null)),
            new NoSqlDraft("Product cache", new RedisKeyPattern("product:{id}", "string", 3600, null,
                    "volatile-lru", "product updated (name, price, status) or deleted", "Product search")),
            new NoSqlDraft("Product tags", new RedisKeyPattern("product_tags:{tag}", "set", null,
                    "A set per tag, rebuilt when a product's tags change; bounded by the number of tags, so it "
                            + "never needs to expire", "volatile-lru", "a product's tags change", "Product search")),
            new NoSqlDraft("products", new SearchIndexMapping(List.of(
                    new SearchIndexMapping.Field("name", "text", "standard"),
                    new SearchIndexMapping.Field("description", "text", "standard"),
                    new SearchIndexMapping.Field("category", "keyword", null),
                    new SearchIndexMapping.Field("price", "float", null),
                    new SearchIndexMapping.Field("tags", "keyword", null),
                    new SearchIndexMapping.Field("created_at", "date", null)))));

    private final NoSqlService nosql;

    DemoNoSql(NoSqlService nosql) {
        this.nosql = nosql;
    }

    /** Adds the elements; the caller runs it as an editor of the design, in the demo's transaction. */
    void fill(UUID designId) {
        ELEMENTS.forEach(element -> nosql.create(designId, element));
    }
}

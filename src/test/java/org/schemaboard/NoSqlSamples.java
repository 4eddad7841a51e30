package org.schemaboard;

import java.util.List;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.model.nosql.SearchIndexMapping;

/** NoSQL elements for tests: a product catalogue collection, a cache key pattern and a search mapping. */
public final class NoSqlSamples {

    private NoSqlSamples() {
    }

    public static NoSqlDraft products() {
        return new NoSqlDraft("products", new MongoCollection(List.of(
                new MongoCollection.Field("sku", "string", null, true),
                new MongoCollection.Field("name", "string", null, true),
                new MongoCollection.Field("price", "decimal", null, true),
                new MongoCollection.Field("attributes", "object", null, false),
                new MongoCollection.Field("attributes.color", "string", null, false),
                new MongoCollection.Field("tags", "array", "string", false),
                new MongoCollection.Field("variants", "array", "object", false),
                new MongoCollection.Field("variants.size", "string", null, true),
                new MongoCollection.Field("expiresAt", "date", null, false)),
                List.of(new MongoCollection.MongoIndex("sku_unique", List.of(new MongoCollection.Key("sku", "1")),
                                true, null, null),
                        new MongoCollection.MongoIndex("name_text", List.of(new MongoCollection.Key("name", "text")),
                                false, null, null),
                        new MongoCollection.MongoIndex("expiry", List.of(new MongoCollection.Key("expiresAt", "1")),
                                false, 0, "{\"expiresAt\": {\"$exists\": true}}")),
                List.of("sku"), true));
    }

    public static NoSqlDraft productCache() {
        return new NoSqlDraft("Product cache", new RedisKeyPattern("product:{id}", "hash", 3600, null,
                "allkeys-lru", "product updated or deleted", "Product details"));
    }

    public static NoSqlDraft productSearch() {
        return new NoSqlDraft("products-search", new SearchIndexMapping(List.of(
                new SearchIndexMapping.Field("name", "text", "english"),
                new SearchIndexMapping.Field("sku", "keyword", null),
                new SearchIndexMapping.Field("price", "double", null))));
    }
}

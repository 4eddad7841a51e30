package org.schemaboard.model.nosql;

/** The three kinds of NoSQL element, stored by {@link #name()}. */
public enum NoSqlKind {
    MONGO_COLLECTION("MongoDB collection"), REDIS_KEY("Redis key pattern"), SEARCH_INDEX("Search index mapping");

    private final String label;

    NoSqlKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

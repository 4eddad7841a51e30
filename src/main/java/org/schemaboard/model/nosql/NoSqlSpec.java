package org.schemaboard.model.nosql;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The structure of one NoSQL element; which of the three it is is {@link #kind()}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = MongoCollection.class, name = "MONGO_COLLECTION"),
        @JsonSubTypes.Type(value = RedisKeyPattern.class, name = "REDIS_KEY"),
        @JsonSubTypes.Type(value = SearchIndexMapping.class, name = "SEARCH_INDEX")})
public sealed interface NoSqlSpec permits MongoCollection, RedisKeyPattern, SearchIndexMapping {

    NoSqlKind kind();
}

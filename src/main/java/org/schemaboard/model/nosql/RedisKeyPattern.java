package org.schemaboard.model.nosql;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A Redis key pattern in the caching plan.
 *
 * @param keyTemplate  the key with placeholders, e.g. {@code product:{id}}
 * @param dataType     one of {@link #DATA_TYPES}
 * @param ttlSeconds   how long an entry lives; null when it has no TTL (then {@code noTtlReason} says why)
 * @param noTtlReason  why the keys never expire, when they don't
 * @param eviction     the eviction policy the keys rely on, e.g. {@code allkeys-lru}
 * @param invalidation what deletes or refreshes an entry, e.g. "product updated"
 * @param servesQuery  the query pattern (by name) the cache serves, or null
 */
public record RedisKeyPattern(String keyTemplate, String dataType, Integer ttlSeconds, String noTtlReason,
                              String eviction, String invalidation, String servesQuery) implements NoSqlSpec {

    public static final List<String> DATA_TYPES = List.of("string", "hash", "list", "set", "sorted set", "stream",
            "json");

    @Override
    @JsonIgnore
    public NoSqlKind kind() {
        return NoSqlKind.REDIS_KEY;
    }
}

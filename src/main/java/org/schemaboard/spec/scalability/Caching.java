package org.schemaboard.spec.scalability;

import org.schemaboard.spec.Lists;
import org.schemaboard.spec.SectionContent;
import java.util.List;
import java.util.UUID;

/** Cache entries: key pattern, what is cached, time to live, what invalidates it, which query patterns it serves. */
public record Caching(List<CacheEntry> entries, String notes) implements SectionContent {

    public static final Caching EMPTY = new Caching(List.of(), null);

    public Caching {
        entries = Lists.copy(entries);
    }

    /** @param ttlSeconds time to live; null when the entry does not expire by time */
    public record CacheEntry(String keyPattern, String cached, Integer ttlSeconds, String invalidation,
                             List<UUID> queryPatternIds) {

        public CacheEntry {
            queryPatternIds = Lists.copy(queryPatternIds);
        }
    }
}

package org.schemaboard.coverage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * The H2 plans of each design's query patterns, with what each was planned from ({@link QueryCoverage.Key}: the SQL,
 * the tables it reads and their indexes), so that the next run after an edit plans only the patterns whose tables
 * changed. At 10,000 tables and 1,000 patterns a run from nothing builds 1,800 tables and explains every pattern (about
 * a second of CPU); an edit of one table changes the plans of the few patterns that read it. At most {@code designs}
 * designs are kept, the least recently used dropped first.
 */
final class PlanMemory {

    /** One design's plans by pattern id. Used under {@link CoverageService}'s turn per design. */
    static final class Plans {

        private record Planned(QueryCoverage.Key key, QueryCoverage.Raw raw) {
        }

        private final Map<UUID, Planned> byPattern = new HashMap<>();
        private int lastPlanned;

        /** The plan made from an equal key, else null. */
        synchronized QueryCoverage.Raw get(UUID pattern, QueryCoverage.Key key) {
            Planned p = byPattern.get(pattern);
            return p != null && p.key().equals(key) ? p.raw() : null;
        }

        synchronized void put(UUID pattern, QueryCoverage.Key key, QueryCoverage.Raw raw) {
            byPattern.put(pattern, new Planned(key, raw));
        }

        /** Forgets the patterns the design no longer has. */
        synchronized void retain(List<QueryPattern> patterns) {
            Set<UUID> ids = new HashSet<>(patterns.size() * 2);
            patterns.forEach(q -> ids.add(q.id()));
            byPattern.keySet().retainAll(ids);
        }

        /** How many patterns the last run planned (for tests and benchmarks). */
        synchronized int lastPlanned() {
            return lastPlanned;
        }

        synchronized void planned(int patterns) {
            lastPlanned = patterns;
        }

        synchronized void clear() {
            byPattern.clear();
        }
    }

    private final Map<UUID, Plans> designs;

    PlanMemory(int designs) {
        this.designs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Plans> eldest) {
                return size() > designs;
            }
        };
    }

    /** The design's plans (empty at first); null for a design without id (read from a file), planned each time. */
    synchronized Plans of(UUID designId) {
        return designId == null ? null : designs.computeIfAbsent(designId, k -> new Plans());
    }
}

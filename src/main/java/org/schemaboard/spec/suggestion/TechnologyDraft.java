package org.schemaboard.spec.suggestion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.spec.RequirementsScan;
import org.schemaboard.spec.TechnologySelection;

/**
 * The target database the requirements name, and the brief's seven technology criteria written for it as a draft the
 * author corrects: what the database is known for, phrased as claims to check against this project (team, operations,
 * the rest of the stack). The other technologies named (cache, search, streaming) go into ecosystem integration.
 */
final class TechnologyDraft {

    /** What a named database is, as the seven criteria put it. */
    private record Profile(String fit, String performance, String scalability, String consistency,
                           String operations, String team) {
    }

    /** Databases that can be the system of record, in the order they are preferred when several are named. */
    private static final Map<String, Profile> PRIMARY = new java.util.LinkedHashMap<>();

    static {
        PRIMARY.put("postgresql", new Profile(
                "Relational core with foreign keys and CHECK constraints; JSONB for the semi-structured parts "
                        + "(addresses, attributes), arrays, CTEs and window functions for reporting queries.",
                "B-tree, partial, expression, GIN and BRIN indexes; a cost-based planner; parallel queries for "
                        + "large scans.",
                "Vertical first; read replicas by streaming replication; declarative partitioning by range, list "
                        + "or hash; sharding only with an extension (Citus) or in the application.",
                "ACID transactions with MVCC; serializable isolation where money or stock is involved.",
                "Mature backup (pg_dump, base backups with WAL archiving, point-in-time recovery); VACUUM and "
                        + "autovacuum need watching on write-heavy tables.",
                "Widely known; check how familiar this team is with its extensions and partitioning."));
        PRIMARY.put("mysql", new Profile(
                "Relational core on InnoDB with foreign keys; JSON columns for semi-structured parts.",
                "Clustered primary keys (InnoDB): choose short, increasing keys; covering secondary indexes.",
                "Vertical first; asynchronous or semi-synchronous replicas for reads; partitioning by range, list "
                        + "or hash; sharding in the application or with Vitess.",
                "ACID with InnoDB; REPEATABLE READ by default — decide where stricter isolation is needed.",
                "Mature tooling (mysqldump, binary-log point-in-time recovery, managed offerings); online schema "
                        + "changes need a tool for large tables.",
                "Widely known; check the team's experience with InnoDB locking and replication."));
        PRIMARY.put("mongodb", new Profile(
                "Document model: aggregates that are read together stored as one document; references where data "
                        + "is shared or grows without bound.",
                "Compound, multikey, text, TTL and partial indexes; reads by the shard key are the fast path.",
                "Horizontal by sharding on a chosen shard key; replica sets for availability and reads.",
                "Single-document atomicity; multi-document transactions exist but cost more; choose read and "
                        + "write concerns per operation.",
                "Replica sets and sharded clusters to run (or a managed service); backups by snapshots or the "
                        + "operations log.",
                "Check the team's experience with document modelling and shard key choice."));
        PRIMARY.put("timescaledb", new Profile(
                "PostgreSQL with hypertables: relational data and time series in one database.",
                "Chunks by time keep recent data in memory; continuous aggregates precompute rollups.",
                "Automatic time partitioning (chunks); compression and retention policies per hypertable.",
                "ACID transactions as in PostgreSQL.",
                "PostgreSQL operations plus the extension's policies (compression, retention) to configure.",
                "PostgreSQL knowledge carries over; the extension's features are new to most teams."));
        PRIMARY.put("cassandra", new Profile(
                "Wide-column model: one table per query, partition keys chosen from the queries; no joins.",
                "Fast writes at any scale; reads fast only by partition key.",
                "Horizontal by design: add nodes; data spread by partition key hash.",
                "Tunable consistency per query (ONE, QUORUM, ALL); no multi-row transactions.",
                "A cluster to run: repairs, compaction and tombstones need attention.",
                "Query-first modelling is new to teams used to SQL; check experience."));
        PRIMARY.put("dynamodb", new Profile(
                "Key-value and document items; single-table design from the access patterns.",
                "Single-digit millisecond reads by key; secondary indexes for other access patterns.",
                "Horizontal and managed: capacity on demand or provisioned.",
                "Eventually consistent reads by default, strongly consistent on request; transactions over up to "
                        + "100 items.",
                "Fully managed by the cloud provider; point-in-time recovery to switch on.",
                "Access-pattern-first modelling is new to most teams; check experience."));
        PRIMARY.put("clickhouse", new Profile(
                "Columnar analytics store: wide, denormalized tables for reporting, not the system of record.",
                "Very fast scans and aggregations over billions of rows; slow single-row updates.",
                "Sharding and replication in the cluster; partitions by time.",
                "Eventually consistent; no multi-statement transactions.",
                "A cluster to run, or a managed service; merges and partitions to watch.",
                "Check the team's experience with columnar stores."));
        PRIMARY.put("sqlite", new Profile(
                "Relational, embedded in the application: one file, no server.",
                "Fast for one writer and many readers on one machine.",
                "Vertical only: one machine, one writer at a time.",
                "ACID transactions; one writer at a time.",
                "No server to run; backups are file copies with the online backup API.",
                "Widely known; check that a single writer is enough."));
        PRIMARY.put("h2", new Profile(
                "Relational, embedded in the Java application or run as a small server.",
                "Fast for small and medium data on one machine.",
                "Vertical only.",
                "ACID transactions with MVCC.",
                "No separate server needed; backups by the BACKUP command or file copies.",
                "Known to Java teams; check it is not meant for production scale."));
    }

    /** Supporting roles of the other technologies, for ecosystem integration. */
    private static final Map<String, String> ROLES = Map.of(
            "redis", "Redis as the cache (sessions, carts, hot reads)",
            "elasticsearch", "Elasticsearch / OpenSearch for search, fed from the database",
            "kafka", "Kafka for events between services (change data capture or outbox)",
            "mongodb", "MongoDB for the document-shaped parts",
            "clickhouse", "ClickHouse for analytics fed from the database");

    private TechnologyDraft() {
    }

    /** The database the requirements name as the system of record, preferring a relational one when several are. */
    static Optional<RequirementsScan.Detection> primary(List<RequirementsScan.Detection> found) {
        for (String key : PRIMARY.keySet()) {
            Optional<RequirementsScan.Detection> d = found.stream().filter(x -> x.key().equals(key)).findFirst();
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The technology selection for the named database: its label with the version the sentence gives, if any. */
    static TechnologySelection draft(RequirementsScan.Detection primary, List<RequirementsScan.Detection> found) {
        Profile p = PRIMARY.get(primary.key());
        String others = found.stream().filter(d -> d.kind() == RequirementsScan.Kind.TECHNOLOGY
                        && !d.key().equals(primary.key()) && ROLES.containsKey(d.key()))
                .map(d -> ROLES.get(d.key())).reduce((a, b) -> a + "; " + b).orElse(null);
        String ecosystem = "Named in the requirements: “" + primary.sentences().get(0) + "”"
                + (others == null ? "" : " Alongside it: " + others + ".");
        return new TechnologySelection(named(primary), p.fit(), p.performance(), p.scalability(), p.consistency(),
                p.operations(), p.team(), ecosystem);
    }

    /**
     * "PostgreSQL 16" when the sentence gives a version after the name, else the plain label; of a label with two
     * names ("MySQL / MariaDB") the one the sentence uses.
     */
    static String named(RequirementsScan.Detection primary) {
        String sentence = primary.sentences().get(0);
        String[] names = primary.label().split(" / ");
        String fallback = names[0];
        for (String label : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(label) + "(?:\\s+(\\d+(?:\\.\\d+)?))?\\b",
                    Pattern.CASE_INSENSITIVE).matcher(sentence);
            if (m.find()) {
                if (m.group(1) != null) {
                    return label + " " + m.group(1);
                }
                fallback = label;
            }
        }
        return fallback;
    }
}

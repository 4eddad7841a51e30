package org.schemaboard.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the requirements notes the way the brief's specialist does: which technologies they name and which data
 * patterns they ask for, each with the sentence that shows it. A pure function of the text; words only, so a
 * negation ("no multi-tenancy") is still reported and the author judges.
 */
public final class RequirementsScan {

    /** What was found: a technology or a data pattern, with the sentences that name it (the first few). */
    public record Detection(Kind kind, String key, String label, List<String> sentences) {
    }

    public enum Kind { TECHNOLOGY, PATTERN }

    private record Term(Kind kind, String key, String label, Pattern words) {
    }

    private static final List<Term> TERMS = List.of(
            tech("postgresql", "PostgreSQL", "postgres(?:ql)?|postgis"),
            tech("mysql", "MySQL / MariaDB", "mysql|mariadb|innodb"),
            tech("mongodb", "MongoDB", "mongo(?:db)?"),
            tech("redis", "Redis", "redis"),
            tech("elasticsearch", "Elasticsearch / OpenSearch", "elastic ?search|opensearch"),
            tech("kafka", "Kafka", "kafka"),
            tech("cassandra", "Cassandra", "cassandra"),
            tech("dynamodb", "DynamoDB", "dynamo ?db"),
            tech("sqlite", "SQLite", "sqlite"),
            tech("h2", "H2", "h2 database"),
            tech("clickhouse", "ClickHouse", "clickhouse"),
            tech("timescaledb", "TimescaleDB", "timescale(?:db)?"),
            pattern("real-time", "Real-time / high write rate",
                    "real[- ]?time|streaming|high write|write[- ]heavy|writes per second|high[- ]throughput"),
            pattern("analytics", "Analytics / OLAP", "analytics?|analytical|reporting|reports?|olap|dashboards?"
                    + "|data warehouse|business intelligence"),
            pattern("audit", "Audit and compliance", "audit(?:ed|ing|s)?|audit trail|compliance|compliant|gdpr"
                    + "|hipaa|sox|pci(?:[- ]dss)?|regulator(?:y|s)"),
            pattern("multi-tenancy", "Multi-tenancy", "multi[- ]?tenan(?:t|cy|ts)|tenants?"),
            pattern("time-series", "Time series", "time[- ]series|telemetry|sensor readings|metrics over time"),
            pattern("geo", "Geo / location", "geo(?:spatial|graphic|location)?|latitude|longitude|gps|nearby"
                    + "|postgis"),
            pattern("search", "Search", "full[- ]text|search|autocomplete|fuzzy match(?:ing)?"),
            pattern("large-volume", "Large volumes", "large volumes?|high volumes?|millions?|billions?"
                    + "|terabytes?|petabytes?|\\d+ ?[tp]b\\b"));

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\R+");
    private static final int SENTENCES_KEPT = 3;

    private RequirementsScan() {
    }

    /** The technologies first, then the patterns, each in the order above; only those the text names. */
    public static List<Detection> scan(String text) {
        List<Detection> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String[] sentences = SENTENCES.split(text);
        for (Term term : TERMS) {
            List<String> shown = new ArrayList<>();
            for (String sentence : sentences) {
                Matcher m = term.words().matcher(sentence);
                if (m.find() && shown.size() < SENTENCES_KEPT) {
                    shown.add(tidy(sentence));
                }
            }
            if (!shown.isEmpty()) {
                found.add(new Detection(term.kind(), term.key(), term.label(), shown));
            }
        }
        return found;
    }

    private static String tidy(String sentence) {
        String s = sentence.strip().replaceFirst("^([-*+]|\\d+[.)]|#+)\\s+", "");
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }

    private static Term tech(String key, String label, String words) {
        return new Term(Kind.TECHNOLOGY, key, label, words(words));
    }

    private static Term pattern(String key, String label, String words) {
        return new Term(Kind.PATTERN, key, label, words(words));
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w])", Pattern.CASE_INSENSITIVE);
    }
}

package org.schemaboard.spec.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DataTypes;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.spec.HandoffNotes;
import org.schemaboard.spec.NoSqlIntegration;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;

/**
 * The specification sections a suggestion writes, each as the section it was with the suggestion added: a time-based
 * partitioning plan, an analytics replica, a search mapping, a row-level security note. Pure; what was there stays.
 */
final class PlanDrafts {

    private static final Pattern ANALYTICS = Pattern.compile("analytic|report|olap|dashboard|statistic|warehouse",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FULL_TEXT = Pattern.compile("name|title|description|summary|body|content|text"
            + "|keywords?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_KEYWORD = Pattern.compile("name|title", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET = Pattern.compile("password|hash|secret|token|salt", Pattern.CASE_INSENSITIVE);

    private PlanDrafts() {
    }

    static boolean forAnalytics(String text) {
        return text != null && ANALYTICS.matcher(text).find();
    }

    /** One RANGE partition per quarter, from the quarter {@code today} is in, for a year. */
    static Partitioning withTimePlan(Partitioning current, Targets.TimePartition target, String sentence,
                                     LocalDate today) {
        String table = target.entity().name();
        LocalDate start = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        List<Partitioning.Bound> bounds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LocalDate from = start.plusMonths(3L * i);
            bounds.add(new Partitioning.Bound(table + "_" + from.getYear() + "_q" + ((from.getMonthValue() + 2) / 3),
                    "FROM ('" + from + "') TO ('" + from.plusMonths(3) + "')"));
        }
        List<Partitioning.Plan> plans = new ArrayList<>(current.plans());
        plans.add(new Partitioning.Plan(target.entity().id(), Partitioning.Strategy.RANGE,
                List.of(target.key().id()), null, bounds,
                "To decide: how long rows are kept; older partitions are detached and archived, a partition at a "
                        + "time, and the next quarter's partition created ahead (a scheduled job).",
                "From the requirements: “" + sentence + "” Range partitions by " + target.key().name() + " keep "
                        + "recent rows together, let a query with a time range read only its partitions, and make "
                        + "archival a DETACH PARTITION instead of a mass DELETE."));
        return new Partitioning(plans);
    }

    /** A replica named analytics for the reporting query patterns, and routing guidelines if there were none. */
    static ReadReplicas withAnalyticsReplica(ReadReplicas current, DesignModel model, String sentence) {
        List<java.util.UUID> reporting = model.queryPatterns().stream()
                .filter(q -> forAnalytics(q.name()) || forAnalytics(q.description())).map(QueryPattern::id).toList();
        boolean taken = current.replicas().stream().anyMatch(r -> "analytics".equalsIgnoreCase(r.name()));
        List<ReadReplicas.Replica> replicas = new ArrayList<>(current.replicas());
        replicas.add(new ReadReplicas.Replica(taken ? "analytics-reporting" : "analytics",
                "Reporting and analytics queries, kept off the primary so they do not slow down writes",
                reporting, 300, "From the requirements: “" + sentence + "”"));
        String guidelines = current.guidelines() != null && !current.guidelines().isBlank() ? current.guidelines()
                : "Read-heavy reporting and analytics queries go to the analytics replica. A read that must see the "
                + "person's own write (write-after-read) stays on the primary. Watch replication lag and alert "
                + "above the tolerated lag.";
        return new ReadReplicas(replicas, current.primaryQueryPatternIds(), guidelines);
    }

    /** An Elasticsearch / OpenSearch mapping of the entity's columns as a JSON block of NoSQL integration. */
    static NoSqlIntegration withSearchMapping(NoSqlIntegration current, Entity entity, String sentence) {
        List<NoSqlIntegration.CodeBlock> blocks = new ArrayList<>(current.blocks());
        blocks.add(new NoSqlIntegration.CodeBlock(entity.name() + " search index mapping",
                NoSqlIntegration.BlockKind.SEARCH_MAPPING, "json", mapping(entity)));
        String line = "Search (from the requirements: “" + sentence + "”): an index of " + entity.name()
                + ", fed from the database and eventually consistent with it; see the mapping below.";
        String notes = current.notes() == null || current.notes().isBlank() ? line : current.notes() + "\n\n" + line;
        return new NoSqlIntegration(notes, blocks);
    }

    static String mapping(Entity entity) {
        List<String> properties = new ArrayList<>();
        for (Attribute a : entity.attributes()) {
            String type = searchType(a);
            if (type != null && !SECRET.matcher(a.name()).find()) {
                properties.add("      \"" + json(a.name()) + "\": " + type);
            }
        }
        return "{\n  \"mappings\": {\n    \"properties\": {\n" + String.join(",\n", properties)
                + "\n    }\n  }\n}";
    }

    private static String searchType(Attribute a) {
        String t = Targets.base(a.dataType());
        if (Targets.textual(a)) {
            if (WITH_KEYWORD.matcher(a.name()).find()) {
                return "{ \"type\": \"text\", \"fields\": { \"keyword\": { \"type\": \"keyword\" } } }";
            }
            return FULL_TEXT.matcher(a.name()).find() ? "{ \"type\": \"text\" }" : "{ \"type\": \"keyword\" }";
        }
        if (Targets.temporal(a)) {
            return "{ \"type\": \"date\" }";
        }
        if (DataTypes.isInteger(t)) {
            return "{ \"type\": \"long\" }";
        }
        return switch (t) {
            case "UUID" -> "{ \"type\": \"keyword\" }";
            case "DECIMAL", "NUMERIC", "REAL", "FLOAT", "DOUBLE", "DOUBLE PRECISION" -> "{ \"type\": \"double\" }";
            case "BOOLEAN", "BOOL" -> "{ \"type\": \"boolean\" }";
            case "INET" -> "{ \"type\": \"ip\" }";
            case "JSON", "JSONB" -> "{ \"type\": \"object\" }";
            default -> null;
        };
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The handoff note to the security specialist on isolating tenants, added after what is there. */
    static HandoffNotes withRowLevelSecurity(HandoffNotes current, TargetDatabase target, String keyType,
                                             String sentence, List<String> tables) {
        String enforce = target == TargetDatabase.POSTGRESQL
                ? "Enforce it in the database with row-level security: ALTER TABLE … ENABLE ROW LEVEL SECURITY and a "
                + "policy USING (tenant_id = current_setting('app.tenant_id')::" + lower(keyType) + ") on each of "
                + "these tables, the "
                + "setting made per connection or transaction by the application; the application's role must not "
                + "own the tables (owners bypass the policies) or the tables need FORCE ROW LEVEL SECURITY."
                : target.label() + " has no row-level security: enforce it with views or a data access layer that "
                + "adds tenant_id to every statement, and test that one tenant never reads another's rows.";
        String note = "Multi-tenancy (from the requirements: “" + sentence + "”): every row of "
                + String.join(", ", tables) + " carries tenant_id, and every index used by a tenant's queries "
                + "starts with it. " + enforce;
        String before = current.securitySpecialist();
        if (before != null && before.contains("Multi-tenancy (from the requirements")) {
            return current; // a later run for entities added since: the note covers them already
        }
        return new HandoffNotes(before == null || before.isBlank() ? note : before + "\n\n" + note,
                current.developmentTeams());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

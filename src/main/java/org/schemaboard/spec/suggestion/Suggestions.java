package org.schemaboard.spec.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.spec.NoSqlIntegration;
import org.schemaboard.spec.Requirements;
import org.schemaboard.spec.RequirementsScan;
import org.schemaboard.spec.RequirementsScan.Detection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.scalability.Partitioning;

/**
 * What the saved requirements suggest for this design, each offered, already applied (found in the design, so an
 * undone suggestion is offered again) or dismissed by the author. A pure function of the model and the specification.
 */
public final class Suggestions {

    public static final String TECHNOLOGY = "target-database";
    public static final String AUDIT_LOG = "audit-log";
    public static final String TENANCY = "multi-tenancy";
    public static final String PARTITIONING = "time-partitioning";
    public static final String READ_REPLICA = "analytics-replica";
    public static final String SEARCH = "search-mapping";

    private Suggestions() {
    }

    public static List<Suggestion> of(DesignModel model, Specification spec) {
        Requirements requirements = spec.requirements();
        List<Detection> found = RequirementsScan.scan(requirements.text());
        Set<String> dismissed = Set.copyOf(requirements.dismissed());
        List<Suggestion> all = new ArrayList<>();
        technology(model, spec, found).ifPresent(all::add);
        detection(found, "audit").map(d -> auditLog(model, d)).ifPresent(all::add);
        detection(found, "multi-tenancy").map(d -> tenancy(model, d)).ifPresent(all::add);
        detection(found, "time-series").or(() -> detection(found, "large-volume"))
                .map(d -> partitioning(model, spec, d)).ifPresent(all::add);
        detection(found, "analytics").map(d -> readReplica(spec, d)).ifPresent(all::add);
        detection(found, "search").or(() -> detection(found, "elasticsearch"))
                .map(d -> search(model, spec, d)).ifPresent(all::add);
        return all.stream().map(s -> s.status() == Suggestion.Status.OFFERED && dismissed.contains(s.key())
                ? new Suggestion(s.key(), s.title(), s.does(), s.detected(), s.sentence(),
                Suggestion.Status.DISMISSED, s.blockedBecause()) : s).toList();
    }

    private static Optional<Suggestion> technology(DesignModel model, Specification spec, List<Detection> found) {
        return TechnologyDraft.primary(found).map(d -> {
            String name = TechnologyDraft.named(d);
            String target = model.targetDatabase().label();
            String mismatch = name.toLowerCase(Locale.ROOT).startsWith(target.toLowerCase(Locale.ROOT)) ? ""
                    : " The design is made for " + target + ": change its target database in the design's settings "
                    + "if " + name + " is the choice.";
            String chosen = spec.technology().primaryDatabase();
            if (!blank(chosen)) {
                return suggestion(TECHNOLOGY, "Target database: " + name, "Technology selection is written; its "
                        + "primary database: “" + chosen + "”.", d, true, null);
            }
            return suggestion(TECHNOLOGY, "Target database: " + name, "Fills Technology selection with " + name
                    + " as the primary database and the brief's seven criteria written as a draft to check "
                    + "against this project." + mismatch, d, false, null);
        });
    }

    private static Suggestion auditLog(DesignModel model, Detection d) {
        Optional<Entity> existing = Targets.auditLog(model);
        if (existing.isPresent()) {
            return suggestion(AUDIT_LOG, "Audit log entity", "The design has the audit entity "
                    + existing.get().name() + ".", d, true, null);
        }
        String link = Targets.users(model).map(u -> "; changed_by refers to " + u.name()).orElse("");
        return suggestion(AUDIT_LOG, "Audit log entity", "Adds the entity audit_log in the brief's pattern: which "
                        + "table and row changed, the action (INSERT, UPDATE, DELETE), the old and new values, who, "
                        + "when and from where, with indexes for one row's history and for time ranges" + link + ".",
                d, false, null);
    }

    private static Suggestion tenancy(DesignModel model, Detection d) {
        List<Entity> scoped = Targets.tenantScoped(model);
        long missing = scoped.stream().filter(e -> !Targets.hasTenantKey(e)).count();
        if (!scoped.isEmpty() && missing == 0) {
            return suggestion(TENANCY, "Tenant key on every entity", "Every entity but the lookup tables has "
                    + "tenant_id.", d, true, null);
        }
        return suggestion(TENANCY, "Tenant key on every entity", "Adds tenant_id (not null) to " + missing + " "
                        + (missing == 1 ? "entity" : "entities") + ", each with a composite index that starts with "
                        + "tenant_id, and a note on row-level security for the security specialist. Lookup tables "
                        + "stay shared by all tenants.", d, false,
                scoped.isEmpty() ? "Add the entities first: the tenant key goes on each of them." : null);
    }

    private static Suggestion partitioning(DesignModel model, Specification spec, Detection d) {
        Partitioning plans = spec.partitioning();
        Optional<Partitioning.Plan> range = plans.plans().stream()
                .filter(p -> p.strategy() == Partitioning.Strategy.RANGE).findFirst();
        if (range.isPresent()) { // applied: name the plan that is there
            Partitioning.Plan plan = range.get();
            Optional<Entity> entity = model.entity(plan.entityId());
            String key = entity.flatMap(e -> plan.keyAttributeIds().stream().findFirst().flatMap(e::attribute))
                    .map(a -> " by " + a.name()).orElse("");
            String table = entity.map(Entity::name).orElse("a table");
            return suggestion(PARTITIONING, "Time-based partitioning of " + table, "A range partitioning plan of "
                    + table + key + " is in the design.", d, true, null);
        }
        Optional<Targets.TimePartition> target = Targets.timePartition(model, spec.dataVolume(),
                d.sentences().get(0), planned(plans));
        String what = target.map(t -> t.entity().name() + " by " + t.key().name()).orElse("the largest table by time");
        return suggestion(PARTITIONING, "Time-based partitioning of " + target.map(t -> t.entity().name())
                        .orElse("the largest table"), "Adds a range partitioning plan for " + what + ": one partition "
                        + "per quarter of the coming year, old partitions detached and archived after the retention "
                        + "period.", d, false,
                target.isPresent() ? null : "No entity without a partitioning plan has a date or time column to "
                        + "partition by: add one (e.g. created_at) first.");
    }

    private static Set<UUID> planned(Partitioning plans) {
        return plans.plans().stream().map(Partitioning.Plan::entityId).filter(id -> id != null)
                .collect(Collectors.toSet());
    }

    private static Suggestion readReplica(Specification spec, Detection d) {
        Optional<String> replica = spec.readReplicas().replicas().stream()
                .filter(r -> PlanDrafts.forAnalytics(r.name()) || PlanDrafts.forAnalytics(r.purpose()))
                .map(r -> r.name()).findFirst();
        if (replica.isPresent()) {
            return suggestion(READ_REPLICA, "Read replica for analytics", "The read replica " + replica.get()
                    + " serves reporting and analytics.", d, true, null);
        }
        return suggestion(READ_REPLICA, "Read replica for analytics", "Adds a read replica named analytics for "
                + "reporting and analytics queries (with the query patterns that report), tolerating 5 minutes of "
                + "lag, and the routing guidelines: reports to the replica, write-after-read on the primary.", d,
                false, null);
    }

    private static Suggestion search(DesignModel model, Specification spec, Detection d) {
        Optional<NoSqlIntegration.CodeBlock> mapping = spec.noSql().blocks().stream()
                .filter(b -> b.kind() == NoSqlIntegration.BlockKind.SEARCH_MAPPING).findFirst();
        if (mapping.isPresent()) {
            return suggestion(SEARCH, "Search index mapping", "NoSQL integration has a search index mapping ("
                    + mapping.get().title() + ").", d, true, null);
        }
        Optional<Entity> target = Targets.searchTarget(model, d.sentences().get(0));
        return suggestion(SEARCH, "Search index mapping" + target.map(e -> " for " + e.name()).orElse(""),
                "Adds an Elasticsearch / OpenSearch index mapping of " + target.map(Entity::name).orElse("an entity")
                        + "'s columns (full text for names and descriptions, keywords for codes, numbers and dates "
                        + "as such) to NoSQL integration, as a JSON block.", d, false,
                target.isPresent() ? null : "No entity has a text column to search in: add the entities first.");
    }

    private static Optional<Detection> detection(List<Detection> found, String key) {
        return found.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    private static Suggestion suggestion(String key, String title, String does, Detection d, boolean applied,
                                         String blocked) {
        return new Suggestion(key, title, does, d.label(), d.sentences().get(0),
                applied ? Suggestion.Status.APPLIED : Suggestion.Status.OFFERED, applied ? null : blocked);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

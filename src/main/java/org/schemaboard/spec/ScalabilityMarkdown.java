package org.schemaboard.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.QueryPattern;

/**
 * The specification's "Scalability Architecture" chapter as Markdown, for the export: a pure function of the model
 * and the specification. Headings follow the brief (level 2 chapter); empty parts read "_Not specified yet._", and
 * the checks' problems are listed under the plan they concern.
 */
public final class ScalabilityMarkdown {

    private static final String NOT_SPECIFIED = "_Not specified yet._";

    private final DesignModel model;
    private final Specification spec;
    private final StringBuilder out = new StringBuilder();

    private ScalabilityMarkdown(DesignModel model, Specification spec) {
        this.model = model;
        this.spec = spec;
    }

    public static String render(DesignModel model, Specification spec) {
        return new ScalabilityMarkdown(model, spec).write();
    }

    private String write() {
        heading(2, "Scalability Architecture");
        VerticalScaling v = spec.verticalScaling();
        heading(3, "Vertical Scaling Strategy");
        bullets(spec.filled(SpecSection.VERTICAL_SCALING), java.util.Arrays.asList(item("CPU", v.cpu()), item("Memory", v.memory()),
                item("Storage", v.storage()), item("Connection pooling", v.connectionPooling())));
        heading(3, "Horizontal Scaling Strategy");
        heading(4, "Read Replicas");
        ReadReplicas r = spec.readReplicas();
        if (r.replicas().isEmpty()) {
            line(NOT_SPECIFIED);
        } else {
            line("| Replica | Purpose | Routed query patterns | Max. lag |");
            line("|---|---|---|---|");
            r.replicas().forEach(replica -> line("| " + cell(replica.name()) + " | " + cell(replica.purpose()) + " | "
                    + cell(patterns(replica.queryPatternIds())) + " | "
                    + (replica.maxLagSeconds() == null ? "" : replica.maxLagSeconds() + " s") + " |"));
            blank();
            if (!r.primaryQueryPatternIds().isEmpty()) {
                line("Stay on the primary (write-after-read): " + patterns(r.primaryQueryPatternIds()));
                blank();
            }
        }
        prose(r.guidelines());
        heading(4, "Partitioning Strategy");
        Partitioning p = spec.partitioning();
        if (p.plans().isEmpty()) {
            line(NOT_SPECIFIED);
            blank();
        }
        List<Check> checks = SpecificationChecks.scalability(model, spec);
        for (Partitioning.Plan plan : p.plans()) {
            heading(5, model.entityName(plan.entityId()));
            List<String> items = new ArrayList<>();
            items.add("**Strategy**: " + (plan.strategy() == null ? "" : plan.strategy().name()) + " on "
                    + columns(plan.keyAttributeIds()));
            if (plan.hashPartitions() != null) {
                items.add("**Partitions**: " + plan.hashPartitions());
            }
            plan.bounds().forEach(b -> items.add("`" + b.name() + "` " + (b.bound() == null ? "" : b.bound())));
            if (plan.retention() != null) {
                items.add("**Retention**: " + plan.retention());
            }
            checks.stream().filter(c -> c.section() == SpecSection.PARTITIONING && plan.entityId().equals(c.entityId()))
                    .forEach(c -> items.add("**" + c.severity().label() + "**: " + c.message()));
            bullets(true, items);
            prose(plan.rationale());
        }
        heading(5, "Vertical Partitioning");
        VerticalPartitioning vp = spec.verticalPartitioning();
        List<String> splits = vp.splits().stream().map(s -> "**" + model.entityName(s.entityId()) + "**: hot "
                + columns(s.hotAttributeIds()) + "; cold " + columns(s.coldAttributeIds())
                + (s.rationale() == null ? "" : " — " + s.rationale())).toList();
        bullets(!splits.isEmpty(), splits);
        heading(4, "Database Sharding Considerations");
        Sharding sh = spec.sharding();
        List<String> sharding = new ArrayList<>();
        if (sh.shardCount() != null || sh.routing() != null) {
            sharding.add("**Shards**: " + (sh.shardCount() == null ? "?" : sh.shardCount())
                    + (sh.routing() == null ? "" : ", routed by " + sh.routing().label().toLowerCase()));
        }
        sh.keys().forEach(k -> sharding.add("**Shard key of " + model.entityName(k.entityId()) + "**: "
                + columns(k.attributeIds())));
        sharding.add(item("Cross-shard queries", sh.crossShardQueries()));
        sharding.add(item("Resharding", sh.resharding()));
        sharding.add(item("Referential integrity", sh.referentialIntegrity()));
        bullets(spec.filled(SpecSection.SHARDING), sharding);
        heading(3, "Caching");
        Caching c = spec.caching();
        if (c.entries().isEmpty()) {
            line(NOT_SPECIFIED);
        } else {
            line("| Key pattern | Cached | TTL | Invalidated when | Serves |");
            line("|---|---|---|---|---|");
            c.entries().forEach(e -> line("| `" + cell(e.keyPattern()) + "` | " + cell(e.cached()) + " | "
                    + (e.ttlSeconds() == null ? "" : e.ttlSeconds() + " s") + " | " + cell(e.invalidation()) + " | "
                    + cell(patterns(e.queryPatternIds())) + " |"));
        }
        blank();
        prose(c.notes());
        return out.toString();
    }

    private String columns(List<UUID> ids) {
        return "(" + ids.stream().map(id -> model.attributesById().get(id)).map(a -> a == null ? "?" : a.name())
                .collect(Collectors.joining(", ")) + ")";
    }

    private String patterns(List<UUID> ids) {
        return ids.stream().map(id -> model.queryPattern(id).map(QueryPattern::name).orElse("(deleted)"))
                .collect(Collectors.joining(", "));
    }

    private static String item(String label, String text) {
        return text == null ? null : "**" + label + "**: " + text;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    private void bullets(boolean filled, List<String> items) {
        List<String> present = items.stream().filter(i -> i != null).toList();
        if (!filled || present.isEmpty()) {
            line(NOT_SPECIFIED);
        } else {
            present.forEach(i -> line("- " + i.replace("\n", "\n  ")));
        }
        blank();
    }

    private void prose(String text) {
        if (text != null) {
            line(text);
            blank();
        }
    }

    private void heading(int level, String title) {
        line("#".repeat(level) + " " + title);
        blank();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void blank() {
        out.append('\n');
    }
}

package org.schemaboard.spec.suggestion;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.spec.DataVolume;

/**
 * Which elements of a design a suggestion is about: the audit log it already has, the entities a tenant key goes on,
 * the table to partition by time, the entity to index for search. Pure functions of the model, shared by the offers
 * (is it applied? can it be?) and the changes that apply them.
 */
final class Targets {

    static final String TENANT_KEY = "tenant_id";

    private static final Set<String> AUDIT_NAMES = Set.of("audit_log", "audit_logs", "audit_trail", "audit_trails");
    private static final Set<String> TENANT_TABLES = Set.of("tenant", "tenants");
    private static final Set<String> USER_TABLES = Set.of("users", "user", "app_user", "app_users", "accounts",
            "account");
    /** Column names that say "when this row happened", in order of preference for a time partition key. */
    private static final List<String> TIME_KEYS = List.of("created_at", "occurred_at", "recorded_at", "changed_at",
            "event_time", "timestamp", "ts", "measured_at", "placed_at", "logged_at");
    private static final Pattern TIME_SERIES_NAMES = Pattern.compile(
            "event|reading|measurement|metric|log|history|sample|telemetry|audit|order", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEARCHABLE_COLUMNS = Pattern.compile("name|title|description|summary|body|content"
            + "|text|keywords?|tags?", Pattern.CASE_INSENSITIVE);

    /** A table and the column to range-partition it by. */
    record TimePartition(Entity entity, Attribute key) {
    }

    private Targets() {
    }

    static Optional<Entity> auditLog(DesignModel model) {
        return model.entities().stream().filter(e -> e.kind() == EntityKind.AUDIT
                || AUDIT_NAMES.contains(e.name().toLowerCase(Locale.ROOT))).findFirst();
    }

    /**
     * The entities a tenant's rows live in: every entity but the shared lookup tables (countries, currencies — the
     * same for every tenant) and the tenants table itself.
     */
    static List<Entity> tenantScoped(DesignModel model) {
        return model.entities().stream().filter(e -> e.kind() != EntityKind.LOOKUP
                && !TENANT_TABLES.contains(e.name().toLowerCase(Locale.ROOT))).toList();
    }

    static Optional<Entity> tenants(DesignModel model) {
        return model.entities().stream().filter(e -> TENANT_TABLES.contains(e.name().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static boolean hasTenantKey(Entity entity) {
        return entity.attributeNamed(TENANT_KEY).isPresent();
    }

    /** The accounts table an audit line's {@code changed_by} refers to: a users-like entity with a one-column key. */
    static Optional<Entity> users(DesignModel model) {
        return model.entities().stream().filter(e -> USER_TABLES.contains(e.name().toLowerCase(Locale.ROOT))
                && e.primaryKey().size() == 1).findFirst();
    }

    /**
     * The table to partition by time: among those with a date or time column, the one with the most rows projected
     * (Data volume), then one whose name says it is a series of events (readings, logs, orders), then one the
     * requirements' sentence names — leaving out those that have a partitioning plan already (one plan per entity); its
     * key is the column that says when the row happened.
     */
    static Optional<TimePartition> timePartition(DesignModel model, DataVolume volume, String sentence,
                                                 Set<UUID> planned) {
        Map<UUID, Long> rows = volume.entities().stream().filter(v -> v.entityId() != null && v.expectedRows() != null)
                .collect(Collectors.toMap(DataVolume.EntityVolume::entityId, DataVolume.EntityVolume::expectedRows,
                        Long::sum));
        Comparator<Entity> rank = Comparator.<Entity>comparingLong(e -> rows.getOrDefault(e.id(), -1L)).reversed()
                .thenComparing(e -> TIME_SERIES_NAMES.matcher(e.name()).find() ? 0 : 1)
                .thenComparing(e -> named(sentence, e) ? 0 : 1);
        return model.entities().stream().filter(e -> !planned.contains(e.id()) && timeKey(e).isPresent()).min(rank)
                .map(e -> new TimePartition(e, timeKey(e).orElseThrow()));
    }

    private static Optional<Attribute> timeKey(Entity entity) {
        List<Attribute> temporal = entity.attributes().stream().filter(Targets::temporal).toList();
        for (String name : TIME_KEYS) {
            Optional<Attribute> preferred = temporal.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
            if (preferred.isPresent()) {
                return preferred;
            }
        }
        return temporal.stream().filter(a -> !a.nullable()).findFirst().or(() -> temporal.stream().findFirst());
    }

    static boolean temporal(Attribute a) {
        String t = base(a.dataType());
        return t.equals("DATE") || t.startsWith("TIMESTAMP") || t.equals("DATETIME");
    }

    static boolean textual(Attribute a) {
        String t = base(a.dataType());
        return t.contains("CHAR") || t.endsWith("TEXT") || t.equals("CLOB") || t.equals("STRING");
    }

    /**
     * The entity to index for search: the one the sentence names if any, else the one with the most columns people
     * search in (name, title, description…); it needs at least one text column.
     */
    static Optional<Entity> searchTarget(DesignModel model, String sentence) {
        Comparator<Entity> rank = Comparator.<Entity>comparingInt(e -> named(sentence, e) ? 0 : 1)
                .thenComparing(Comparator.comparingLong(Targets::searchable).reversed());
        return model.entities().stream().filter(e -> e.attributes().stream().anyMatch(Targets::textual)).min(rank);
    }

    private static long searchable(Entity e) {
        return e.attributes().stream().filter(a -> textual(a) && SEARCHABLE_COLUMNS.matcher(a.name()).find()).count();
    }

    /** Whether the sentence names the entity, in the plural or the singular ("Product search" names products). */
    static boolean named(String sentence, Entity entity) {
        if (sentence == null) {
            return false;
        }
        String name = entity.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String singular = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        return Pattern.compile("\\b(" + Pattern.quote(name) + "|" + Pattern.quote(singular) + ")\\b",
                Pattern.CASE_INSENSITIVE).matcher(sentence).find();
    }

    static String base(String type) {
        String t = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        int paren = t.indexOf('(');
        return paren >= 0 ? t.substring(0, paren).strip() : t;
    }
}

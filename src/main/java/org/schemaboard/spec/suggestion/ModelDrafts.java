package org.schemaboard.spec.suggestion;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DataTypes;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;

/**
 * The entities and columns a suggestion adds, typed for the design's target database: the brief's generic audit log,
 * and the tenant key. Keys take the type the design's own primary keys use, so the references fit.
 */
final class ModelDrafts {

    static final String AUDIT_LOG = "audit_log";

    private ModelDrafts() {
    }

    static EntityDraft auditLogEntity(String sentence) {
        return new EntityDraft(AUDIT_LOG, EntityKind.AUDIT,
                "Generic audit trail of changes to the other tables: which row of which table changed, how, the "
                        + "values before and after, who made the change, when and from where.",
                "Append-only: the application never updates or deletes a row. action is INSERT, UPDATE or DELETE; "
                        + "old_values is empty for an INSERT, new_values for a DELETE.",
                "Written with every change (by triggers or the data access layer); kept as long as compliance "
                        + "requires, then archived by date range.",
                "Suggested from the requirements: “" + sentence + "” One generic table keeps the schema small; "
                        + "the changed values are kept as JSON so every table's rows fit.");
    }

    /** The audit log's columns, in order; {@code changed_by} refers to {@code users} when there is one. */
    static List<AttributeDraft> auditLogColumns(DesignModel model, Optional<Entity> users) {
        TargetDatabase t = model.targetDatabase();
        AttributeDraft key = key(model);
        AttributeDraft id = (DataTypes.isInteger(key.dataType()) ? rename(key, "id").asAutoIncrement()
                : t == TargetDatabase.POSTGRESQL && "UUID".equals(key.dataType())
                ? rename(key, "id").withDefault("gen_random_uuid()") : rename(key, "id")).asPrimaryKey();
        AttributeDraft changedBy = users.map(u -> copyType(u.primaryKey().get(0), "changed_by"))
                .orElse(rename(key, "changed_by"));
        return List.of(
                id,
                varchar(t, "table_name", 64).notNull().withDescription("The table whose row changed"),
                rename(key, "record_id").notNull().withDescription("The primary key of the changed row"),
                varchar(t, "action", 20).notNull().withCheck("action IN ('INSERT', 'UPDATE', 'DELETE')")
                        .withDescription("What happened to the row"),
                AttributeDraft.of("old_values", json(t)).withDescription("The row before the change"),
                AttributeDraft.of("new_values", json(t)).withDescription("The row after the change"),
                changedBy.withDescription("Who made the change; empty for changes made by the system"),
                AttributeDraft.of("changed_at", timestamp(t)).notNull().withDefault("CURRENT_TIMESTAMP")
                        .withDescription("When the change was made"),
                (t == TargetDatabase.POSTGRESQL ? AttributeDraft.of("ip_address", "INET")
                        : varchar(t, "ip_address", 45)).withDescription("Where the change came from"),
                (t == TargetDatabase.H2 ? varchar(t, "user_agent", 1000) : AttributeDraft.of("user_agent", "TEXT"))
                        .withDescription("The client that made the change"));
    }

    /** The tenant key column: the tenants table's key type if there is one, else the design's usual key type. */
    static AttributeDraft tenantKey(DesignModel model) {
        AttributeDraft type = Targets.tenants(model).filter(e -> e.primaryKey().size() == 1)
                .map(e -> copyType(e.primaryKey().get(0), Targets.TENANT_KEY)).orElseGet(() -> rename(key(model),
                        Targets.TENANT_KEY));
        return type.notNull().withDescription("The tenant the row belongs to: every query of a tenant filters by it, "
                + "and row-level security checks it");
    }

    /**
     * The type most of the design's one-column primary keys have (so a reference to any row fits), else the target's
     * usual surrogate key.
     */
    static AttributeDraft key(DesignModel model) {
        Map<String, Long> types = model.entities().stream().filter(e -> e.primaryKey().size() == 1)
                .map(e -> e.primaryKey().get(0).typeDisplay()).collect(Collectors.groupingBy(Function.identity(),
                        Collectors.counting()));
        Optional<Attribute> common = model.entities().stream().filter(e -> e.primaryKey().size() == 1)
                .map(e -> e.primaryKey().get(0))
                .max(Comparator.comparingLong(a -> types.getOrDefault(a.typeDisplay(), 0L)));
        if (common.isPresent()) {
            AttributeDraft copy = copyType(common.get(), "id");
            // a serial key is a plain integer where it is referred to
            return switch (Targets.base(copy.dataType())) {
                case "BIGSERIAL" -> AttributeDraft.of("id", "BIGINT");
                case "SERIAL" -> AttributeDraft.of("id", "INTEGER");
                default -> copy;
            };
        }
        return switch (model.targetDatabase()) {
            case POSTGRESQL, H2 -> AttributeDraft.of("id", "UUID");
            case MYSQL, MARIADB -> AttributeDraft.of("id", "BIGINT");
            case SQLITE -> AttributeDraft.of("id", "INTEGER");
        };
    }

    private static AttributeDraft copyType(Attribute a, String name) {
        return new AttributeDraft(name, a.dataType(), a.length(), a.precision(), a.scale(), true, null, false, false,
                false, null, null);
    }

    private static AttributeDraft rename(AttributeDraft d, String name) {
        return new AttributeDraft(name, d.dataType(), d.length(), d.precision(), d.scale(), true, null, false, false,
                false, null, null);
    }

    private static AttributeDraft varchar(TargetDatabase t, String name, int length) {
        return t == TargetDatabase.SQLITE ? AttributeDraft.of(name, "TEXT")
                : AttributeDraft.of(name, "VARCHAR").withLength(length);
    }

    private static String json(TargetDatabase t) {
        return switch (t) {
            case POSTGRESQL -> "JSONB";
            case MYSQL, MARIADB, H2 -> "JSON";
            case SQLITE -> "TEXT";
        };
    }

    private static String timestamp(TargetDatabase t) {
        return switch (t) {
            case POSTGRESQL, H2 -> "TIMESTAMP WITH TIME ZONE";
            case MYSQL, MARIADB -> "TIMESTAMP";
            case SQLITE -> "TEXT";
        };
    }

    /** An index name no index of the design has, within the target's identifier length. */
    static String indexName(DesignModel model, java.util.Set<String> taken, String wanted) {
        int max = model.targetDatabase().maxIdentifierLength();
        String base = wanted.length() > max ? wanted.substring(0, max) : wanted;
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "_" + n;
            name = (base.length() + suffix.length() > max ? base.substring(0, max - suffix.length()) : base) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return Objects.requireNonNull(name);
    }
}

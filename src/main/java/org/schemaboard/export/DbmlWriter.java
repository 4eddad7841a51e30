package org.schemaboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.diagram.SubjectArea;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/**
 * The design as DBML (dbdiagram.io, ChartDB), written so that importing it gives the same entities, attributes,
 * keys, relationships, indexes and subject areas. Pure. SERIAL types are written as their integer type with {@code
 * increment}; an {@code ENUM('a', 'b')} type as an enum; a CHECK as a column's {@code check}; a 1:N relationship as
 * {@code Ref: many.fk > one.key}, a 1:1 as {@code Ref: one.key - other.fk}; an N:M relationship over a junction entity
 * is carried by the junction's own two references. Two conventions of our DBML reader keep what DBML cannot say: a
 * descending index column is written {@code `column DESC`}, a partial index's predicate as its note {@code 'WHERE …'}.
 * Left out (DBML has no place for them): entity kinds, business rules other than checks, lifecycle and notes, index
 * purposes and rationales, relationship labels and rationales, query patterns and the written sections.
 */
public final class DbmlWriter {

    public static final String FILE_NAME = "schema.dbml";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("table", "ref", "enum", "project", "note", "indexes", "checks",
            "tablegroup", "tablepartial", "records", "as");
    private static final Pattern SQL_STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ENUM = Pattern.compile("(?s)ENUM\\((.*)\\)");
    private static final String CHECKS_HEADER = "Checks of the imported table:";

    private final DesignModel model;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder enums = new StringBuilder();
    /** Lookups made once: the model's own search each entity's indexes and each reference's ends by scanning. */
    private final Map<UUID, Entity> entities;
    private final Map<UUID, List<Index>> indexesByEntity;

    private DbmlWriter(DesignModel model) {
        this.model = model;
        this.entities = model.entities().stream().collect(java.util.stream.Collectors.toMap(Entity::id, e -> e));
        this.indexesByEntity = model.indexes().stream().collect(java.util.stream.Collectors.groupingBy(Index::entityId));
    }

    private java.util.Optional<Entity> entity(UUID id) {
        return java.util.Optional.ofNullable(entities.get(id));
    }

    private String entityName(UUID id) {
        return entity(id).map(Entity::name).orElse("(deleted)");
    }

    public static String write(DesignModel model, List<SubjectArea> areas) {
        return new DbmlWriter(model).render(areas);
    }

    private String render(List<SubjectArea> areas) {
        out.append("// ").append(model.name()).append(" — written by Schemaboard\n\n");
        out.append("Project ").append(name(model.name())).append(" {\n  database_type: ")
                .append(string(model.targetDatabase().label())).append('\n');
        if (model.description() != null && !model.description().isBlank()) {
            out.append("  Note: ").append(string(model.description())).append('\n');
        }
        out.append("}\n");
        StringBuilder tables = new StringBuilder();
        for (Entity entity : model.entities()) {
            table(tables, entity);
        }
        out.append(enums).append(tables);
        Map<UUID, Attribute> attributes = model.attributesById();
        for (Relationship r : model.relationships()) {
            ref(r, attributes);
        }
        for (SubjectArea area : areas) {
            List<String> members = area.entityIds().stream().map(this::entity).flatMap(java.util.Optional::stream)
                    .map(Entity::name).sorted(String.CASE_INSENSITIVE_ORDER).map(DbmlWriter::name).toList();
            if (!members.isEmpty()) {
                out.append("\nTableGroup ").append(name(area.name())).append(" {\n");
                members.forEach(m -> out.append("  ").append(m).append('\n'));
                out.append("}\n");
            }
        }
        return out.toString();
    }

    private void table(StringBuilder text, Entity entity) {
        text.append("\nTable ").append(name(entity.name())).append(" {\n");
        boolean compositeKey = entity.primaryKey().size() > 1;
        for (Attribute a : entity.attributes()) {
            text.append("  ").append(name(a.name())).append(' ').append(type(entity, a));
            List<String> settings = new ArrayList<>();
            if (a.primaryKey() && !compositeKey) {
                settings.add("pk");
            }
            if (a.autoIncrement() || isSerial(a.dataType())) {
                settings.add("increment");
            }
            settings.add(a.nullable() ? "null" : "not null");
            if (a.unique()) {
                settings.add("unique");
            }
            if (a.defaultValue() != null) {
                settings.add("default: " + defaultValue(a.defaultValue()));
            }
            if (a.checkExpression() != null && !a.checkExpression().isBlank()) {
                settings.add("check: " + expression(a.checkExpression()));
            }
            if (a.description() != null && !a.description().isBlank()) {
                settings.add("note: " + string(a.description()));
            }
            text.append(" [").append(String.join(", ", settings)).append("]\n");
        }
        List<Index> indexes = indexesByEntity.getOrDefault(entity.id(), List.of());
        if (compositeKey || !indexes.isEmpty()) {
            text.append("\n  indexes {\n");
            if (compositeKey) {
                text.append("    (").append(String.join(", ", entity.primaryKey().stream().map(a -> name(a.name()))
                        .toList())).append(") [pk]\n");
            }
            indexes.forEach(i -> index(text, entity, i));
            text.append("  }\n");
        }
        List<String> checks = tableChecks(entity.businessRules());
        if (!checks.isEmpty()) {
            text.append("\n  checks {\n");
            checks.forEach(c -> text.append("    ").append(expression(c)).append('\n'));
            text.append("  }\n");
        }
        if (entity.purpose() != null && !entity.purpose().isBlank()) {
            text.append("\n  Note: ").append(string(entity.purpose())).append('\n');
        }
        text.append("}\n");
    }

    /** The CHECKs a SQL or DBML import keeps in the business rules ("Checks of the imported table:" and one a line). */
    static List<String> tableChecks(String rules) {
        if (rules == null || !rules.startsWith(CHECKS_HEADER + "\n")) {
            return List.of();
        }
        List<String> checks = new ArrayList<>();
        for (String line : rules.substring(CHECKS_HEADER.length() + 1).split("\n")) {
            Matcher check = Pattern.compile("(?s)^CHECK \\((.*)\\)$").matcher(line);
            if (!check.matches()) {
                return List.of();
            }
            checks.add(check.group(1));
        }
        return checks;
    }

    private void index(StringBuilder text, Entity entity, Index index) {
        List<String> columns = new ArrayList<>();
        for (Index.IndexColumn c : index.columns()) {
            String column = entity.attribute(c.attributeId()).map(Attribute::name).orElse("?");
            columns.add(c.descending() ? expression(column + " DESC") : name(column));
        }
        List<String> settings = new ArrayList<>();
        settings.add("name: " + string(index.name()));
        if (index.unique()) {
            settings.add("unique");
        }
        if (index.method() != null && index.method() != IndexMethod.BTREE) {
            settings.add("type: " + index.method().label());
        }
        if (index.partial()) {
            settings.add("note: " + string("WHERE " + index.predicate()));
        }
        text.append("    (").append(String.join(", ", columns)).append(") [").append(String.join(", ", settings))
                .append("]\n");
    }

    private String type(Entity entity, Attribute a) {
        String type = a.typeDisplay();
        if (isSerial(a.dataType())) {
            type = switch (a.dataType().toUpperCase(java.util.Locale.ROOT)) {
                case "BIGSERIAL" -> "BIGINT";
                case "SMALLSERIAL" -> "SMALLINT";
                default -> "INTEGER";
            };
        }
        Matcher values = ENUM.matcher(type);
        if (values.matches()) {
            List<String> list = new ArrayList<>();
            Matcher value = SQL_STRING.matcher(values.group(1));
            while (value.find()) {
                list.add(value.group(1).replace("''", "'"));
            }
            String canonical = "ENUM(" + String.join(", ", list.stream().map(v -> "'" + v.replace("'", "''") + "'")
                    .toList()) + ")";
            if (!list.isEmpty() && canonical.equals(type)) {
                String enumName = entity.name() + "_" + a.name();
                enums.append("\nEnum ").append(name(enumName)).append(" {\n");
                list.forEach(v -> enums.append("  ").append(quoted(v)).append('\n'));
                enums.append("}\n");
                return name(enumName);
            }
        }
        return PLAIN_TYPE.matcher(type).matches() ? type : quoted(type);
    }

    /** A type DBML takes unquoted; compiled once (String.matches compiled it for every column). */
    private static final java.util.regex.Pattern PLAIN_TYPE =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\(\\d+(,\\s*\\d+)?\\))?");

    private static boolean isSerial(String type) {
        return type != null && Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL").contains(type.toUpperCase(java.util.Locale.ROOT));
    }

    private void ref(Relationship r, Map<UUID, Attribute> attributes) {
        String from = entityName(r.fromEntityId());
        String to = entityName(r.toEntityId());
        String label = r.name() == null || r.name().isBlank() ? "" : " " + name(r.name());
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            if (r.junctionEntityId() == null) {
                List<Attribute> a = entity(r.fromEntityId()).map(Entity::primaryKey).orElse(List.of());
                List<Attribute> b = entity(r.toEntityId()).map(Entity::primaryKey).orElse(List.of());
                if (!a.isEmpty() && !b.isEmpty()) {
                    out.append("\nRef").append(label).append(": ").append(endpoint(from, a)).append(" <> ")
                            .append(endpoint(to, b)).append('\n');
                }
            }
            return;
        }
        if (r.columns().isEmpty()) {
            out.append("\n// ").append(from).append(' ').append(r.cardinality().label()).append(' ').append(to)
                    .append(": no key columns yet\n");
            return;
        }
        List<Attribute> keys = r.columns().stream().map(p -> attributes.get(p.fromAttributeId())).toList();
        List<Attribute> fks = r.columns().stream().map(p -> attributes.get(p.toAttributeId())).toList();
        out.append("\nRef").append(label).append(": ");
        if (r.cardinality() == Cardinality.ONE_TO_ONE) {
            out.append(endpoint(from, keys)).append(" - ").append(endpoint(to, fks));
        } else {
            out.append(endpoint(to, fks)).append(" > ").append(endpoint(from, keys));
        }
        List<String> settings = new ArrayList<>();
        if (r.onDelete() != null && r.onDelete() != ReferentialAction.NO_ACTION) {
            settings.add("delete: " + r.onDelete().sql().toLowerCase(java.util.Locale.ROOT));
        }
        if (r.onUpdate() != null && r.onUpdate() != ReferentialAction.NO_ACTION) {
            settings.add("update: " + r.onUpdate().sql().toLowerCase(java.util.Locale.ROOT));
        }
        if (!settings.isEmpty()) {
            out.append(" [").append(String.join(", ", settings)).append(']');
        }
        out.append('\n');
    }

    private static String endpoint(String table, List<Attribute> columns) {
        return name(table) + "." + (columns.size() == 1 ? name(columns.get(0).name())
                : "(" + String.join(", ", columns.stream().map(c -> name(c.name())).toList()) + ")");
    }

    private static String defaultValue(String value) {
        String v = value.strip();
        if (NUMBER.matcher(v).matches() && v.equals(value)) {
            return v;
        }
        Matcher text = SQL_STRING.matcher(value);
        if (text.matches()) {
            return string(text.group(1).replace("''", "'"));
        }
        return expression(value);
    }

    static String name(String name) {
        return PLAIN.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? name
                : quoted(name);
    }

    private static String quoted(String text) {
        return "\"" + escape(text).replace("\"", "\\\"") + "\"";
    }

    static String string(String text) {
        return "'" + escape(text).replace("'", "\\'") + "'";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String expression(String text) {
        return "`" + text.replace("`", "\\`") + "`";
    }
}

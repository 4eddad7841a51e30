package org.schemaboard.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.Specification;

/**
 * A design under construction for the rule tests: mutable parts, turned into a {@link DesignModel} (and its
 * {@link Specification}) at the end, so each test case changes one thing of a clean design and sees one rule fire.
 */
final class TestDesign {

    TargetDatabase target = TargetDatabase.POSTGRESQL;
    final Map<String, Table> tables = new LinkedHashMap<>();
    final List<Fk> fks = new ArrayList<>();
    final List<Idx> indexes = new ArrayList<>();
    final List<Pattern> patterns = new ArrayList<>();
    final UUID designId = UUID.randomUUID();
    Specification spec = Specification.empty(designId);

    Table table(String name) {
        return tables.computeIfAbsent(name, Table::new);
    }

    Column col(String table, String column) {
        return tables.get(table).columns.stream().filter(c -> c.name.equals(column)).findFirst().orElseThrow();
    }

    Fk fk(String fromTable, String fromColumn, String toTable, String toColumn) {
        Fk fk = new Fk();
        fk.from = fromTable;
        fk.to = toTable;
        fk.pairs.add(new String[] {fromColumn, toColumn});
        fks.add(fk);
        return fk;
    }

    Idx index(String name, String table, String... columns) {
        Idx i = new Idx();
        i.name = name;
        i.table = table;
        i.columns.addAll(List.of(columns));
        i.rationale = "Serves a query pattern.";
        indexes.add(i);
        return i;
    }

    Pattern pattern(String name, String sql, String... tableNames) {
        Pattern p = new Pattern();
        p.name = name;
        p.sql = sql;
        p.tables.addAll(List.of(tableNames));
        patterns.add(p);
        return p;
    }

    Idx idx(String name) {
        return indexes.stream().filter(i -> i.name.equals(name)).findFirst().orElseThrow();
    }

    Pattern pattern(String name) {
        return patterns.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow();
    }

    Fk fkTo(String table) {
        return fks.stream().filter(f -> f.to.equals(table)).findFirst().orElseThrow();
    }

    void write(SectionContent content) {
        spec = spec.with(content);
    }

    UUID entityId(String table) {
        return tables.get(table).id;
    }

    UUID columnId(String table, String column) {
        return col(table, column).id;
    }

    UUID patternId(String name) {
        return pattern(name).id;
    }

    DesignModel model() {
        List<Entity> entities = new ArrayList<>();
        for (Table t : tables.values()) {
            List<Attribute> attributes = new ArrayList<>();
            for (int n = 0; n < t.columns.size(); n++) {
                Column c = t.columns.get(n);
                attributes.add(new Attribute(c.id, t.id, n + 1, c.name, c.type, c.length, c.precision, c.scale,
                        c.nullable, c.defaultValue, c.pk, c.unique, false, null, null, 1));
            }
            entities.add(new Entity(t.id, t.name, t.kind, "Purpose.", null, null, null, 1, attributes));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (Fk f : fks) {
            List<Relationship.ColumnPair> pairs = f.pairs.stream().map(p -> new Relationship.ColumnPair(
                    columnId(f.from, p[0]), columnId(f.to, p[1]))).toList();
            relationships.add(new Relationship(f.id, f.name, entityId(f.from), entityId(f.to), f.cardinality,
                    f.cardinality == Cardinality.MANY_TO_MANY ? List.of() : pairs, f.onDelete, f.onUpdate, "has",
                    f.identifying, null, f.junction == null ? null : entityId(f.junction), 1));
        }
        List<Index> builtIndexes = indexes.stream().map(i -> new Index(i.id, entityId(i.table), i.name,
                i.columns.stream().map(c -> new Index.IndexColumn(columnId(i.table, c), false)).toList(), i.unique,
                i.predicate, i.method, null, i.rationale, i.serves.stream().map(this::patternId).toList(), 1)).toList();
        List<QueryPattern> builtPatterns = patterns.stream().map(p -> new QueryPattern(p.id, p.name, null, p.sql,
                p.frequency, p.frequency == null ? null : FrequencyUnit.SECOND, p.latencyMs,
                p.tables.stream().map(this::entityId).toList(), p.indexes.stream().map(n -> idx(n).id).toList(), 1))
                .toList();
        return new DesignModel(designId, "Shop", target, null, entities, relationships, builtIndexes, builtPatterns);
    }

    static final class Table {
        final UUID id = UUID.randomUUID();
        String name;
        EntityKind kind = EntityKind.CORE;
        final List<Column> columns = new ArrayList<>();

        Table(String name) {
            this.name = name;
        }

        Table col(String name, String type) {
            Column c = new Column();
            c.name = name;
            c.type = type;
            columns.add(c);
            return this;
        }

        Table pk(String name, String type) {
            col(name, type);
            Column c = columns.get(columns.size() - 1);
            c.pk = true;
            c.nullable = false;
            return this;
        }

        Table kind(EntityKind value) {
            kind = value;
            return this;
        }

        Column last() {
            return columns.get(columns.size() - 1);
        }
    }

    static final class Column {
        final UUID id = UUID.randomUUID();
        String name;
        String type;
        Integer length;
        Integer precision;
        Integer scale;
        boolean nullable = true;
        String defaultValue;
        boolean pk;
        boolean unique;
    }

    static final class Fk {
        final UUID id = UUID.randomUUID();
        String name;
        String from;
        String to;
        Cardinality cardinality = Cardinality.ONE_TO_MANY;
        ReferentialAction onDelete = ReferentialAction.RESTRICT;
        ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        boolean identifying;
        String junction;
        final List<String[]> pairs = new ArrayList<>();
    }

    static final class Idx {
        final UUID id = UUID.randomUUID();
        String name;
        String table;
        final List<String> columns = new ArrayList<>();
        boolean unique;
        String predicate;
        IndexMethod method = IndexMethod.BTREE;
        String rationale;
        final List<String> serves = new ArrayList<>();
    }

    static final class Pattern {
        final UUID id = UUID.randomUUID();
        String name;
        String sql;
        BigDecimal frequency = BigDecimal.TEN;
        Integer latencyMs = 50;
        final List<String> tables = new ArrayList<>();
        final List<String> indexes = new ArrayList<>();
    }
}

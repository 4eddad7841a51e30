package org.schemaboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;

/**
 * A rendered schema, kept in pieces so the specification can show each table's DDL under its own heading and all
 * indexes together, while {@link #text()} is the whole script in execution order: tables (referenced ones first),
 * foreign keys deferred by a cycle, then indexes. Every statement ends with {@code ;} on its own line end.
 */
record DdlScript(SqlDialectChoice dialect, String header, List<TableDdl> tables, List<StatementDdl> deferredForeignKeys,
                 List<StatementDdl> partitions, List<IndexDdl> indexes) {

    /** CREATE TABLE with its notes and COMMENT statements. */
    record TableDdl(Entity entity, String sql) {
    }

    /** An ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY run after all tables exist. */
    record StatementDdl(Entity entity, String sql) {
    }

    /** One CREATE INDEX (commented out when the dialect cannot have it), with its notes. */
    record IndexDdl(Index index, Entity entity, String sql) {
    }

    DdlScript {
        tables = List.copyOf(tables);
        deferredForeignKeys = List.copyOf(deferredForeignKeys);
        partitions = List.copyOf(partitions);
        indexes = List.copyOf(indexes);
    }

    String text() {
        List<String> parts = new ArrayList<>();
        parts.add(header);
        tables.forEach(t -> parts.add(t.sql()));
        if (!deferredForeignKeys.isEmpty()) {
            parts.add("-- Foreign keys of a reference cycle, added once all tables exist");
            deferredForeignKeys.forEach(f -> parts.add(f.sql()));
        }
        if (!partitions.isEmpty()) {
            parts.add("-- Partitions of the partitioned tables\n"
                    + String.join("\n", partitions.stream().map(StatementDdl::sql).toList()));
        }
        String indexSql = indexesSql();
        if (!indexSql.isEmpty()) {
            parts.add(indexSql);
        }
        return String.join("\n\n", parts) + "\n";
    }

    /** Every index statement, grouped by table under a {@code -- <table> indexes} comment. */
    String indexesSql() {
        StringBuilder out = new StringBuilder();
        UUID current = null;
        for (IndexDdl index : indexes) {
            if (!index.entity().id().equals(current)) {
                current = index.entity().id();
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append("-- ").append(SqlText.comment(index.entity().name())).append(" indexes\n");
            } else {
                out.append('\n');
            }
            out.append(index.sql());
        }
        return out.toString();
    }

    /** The deferred foreign keys that belong to one table (usually none). */
    List<StatementDdl> deferredForeignKeysOf(Entity entity) {
        return deferredForeignKeys.stream().filter(f -> f.entity().id().equals(entity.id())).toList();
    }
}

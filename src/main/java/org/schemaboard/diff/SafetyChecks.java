package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;

/**
 * Change-safety checks on a diff: each change that can lose data, fail on the rows a table already has, lock a big
 * table or break the programs that read it, with a safer sequence of steps. Pure: the diff and the expected row
 * counts (the specification's volume estimates, by entity id of the older state; empty when unknown) in, findings out.
 */
public final class SafetyChecks {

    /** Above this many expected rows a blocking index build on PostgreSQL is worth a warning. */
    public static final long LARGE_TABLE_ROWS = 1_000_000;

    private static final Set<String> NARROWING_ORDER = Set.of("TINYINT", "SMALLINT", "INT", "INTEGER", "BIGINT");
    private static final List<String> INTEGER_WIDTH = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT");

    private SafetyChecks() {
    }

    public static List<Finding> of(ModelDiff diff, Map<UUID, Long> expectedRows) {
        List<Finding> out = new ArrayList<>();
        DesignModel from = diff.from();
        DesignModel to = diff.to();
        Map<UUID, Attribute> before = from.attributesById();
        Map<UUID, Attribute> after = to.attributesById();
        for (Change c : diff.changes()) {
            switch (c.kind()) {
                case ENTITY -> entity(c, out);
                case ATTRIBUTE -> attribute(c, before.get(c.fromId()), after.get(c.toId()), out);
                case INDEX -> index(diff, c, expectedRows, out);
                default -> { }
            }
        }
        return out;
    }

    private static void entity(Change c, List<Finding> out) {
        if (c.type() == Change.Type.REMOVED) {
            out.add(new Finding(Finding.Severity.DANGER, c.path(), "dropping the table deletes all its rows.",
                    "rename it (e.g. to " + c.path() + "_retired) or copy it (CREATE TABLE " + c.path()
                            + "_backup AS SELECT * FROM " + c.path() + "), release, and drop it in a later release once "
                            + "nothing reads it."));
        } else if (c.type() == Change.Type.CHANGED && c.renamed()) {
            FieldChange name = c.fields().stream().filter(f -> f.field().equals("name")).findFirst().orElseThrow();
            out.add(new Finding(Finding.Severity.NOTICE, c.path(), "renaming the table from " + name.before()
                    + " breaks every query and program that still uses the old name.",
                    "expand/contract: rename, and create a view named " + name.before() + " over the new table for "
                            + "old readers; switch readers and writers to " + name.after() + "; drop the view later."));
        }
    }

    private static void attribute(Change c, Attribute old, Attribute now, List<Finding> out) {
        if (c.type() == Change.Type.REMOVED) {
            out.add(new Finding(Finding.Severity.DANGER, c.path(), "dropping the column deletes its values.",
                    "stop writing it and release readers that no longer use it first; copy the values if they may be "
                            + "needed (a backup table of key + column); drop the column in a later release."));
            return;
        }
        if (c.type() == Change.Type.ADDED) {
            if (!now.nullable() && !now.primaryKey() && blank(now.defaultValue())) {
                out.add(new Finding(Finding.Severity.WARNING, c.path(), "adding a NOT NULL column without a default "
                        + "fails on a table that has rows.", "add it nullable (or with a default), backfill it in "
                        + "batches, then set NOT NULL (on PostgreSQL: add CHECK (" + now.name()
                        + " IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL)."));
            }
            if (now.unique()) {
                out.add(uniqueFinding(c.path()));
            }
            return;
        }
        if (c.renamed()) {
            out.add(new Finding(Finding.Severity.NOTICE, c.path(), "renaming the column from " + old.name()
                    + " breaks every query and program that still uses the old name.", "expand/contract: add the new "
                    + "column, write both, backfill, move readers to " + now.name() + ", then drop " + old.name()
                    + " in a later release (or keep the rename for a coordinated release)."));
        }
        if (old.nullable() && !now.nullable() && !now.primaryKey()) {
            out.add(new Finding(Finding.Severity.WARNING, c.path(), "setting NOT NULL fails while any row holds NULL"
                    + (blank(now.defaultValue()) ? "" : " (a default fills only new rows)") + ".",
                    "backfill the NULLs first (UPDATE … SET " + now.name() + " = … WHERE " + now.name()
                            + " IS NULL, in batches), then set NOT NULL; on PostgreSQL add CHECK (" + now.name()
                            + " IS NOT NULL) NOT VALID and VALIDATE it first so the final step needs no full scan."));
        }
        String narrowing = narrowing(old, now);
        if (narrowing != null) {
            out.add(new Finding(Finding.Severity.DANGER, c.path(), "narrowing the type (" + narrowing
                    + ") refuses or cuts values that no longer fit.", "count the rows that would not fit first; or "
                    + "add a new column of the new type, copy and check the values, switch readers, then drop the old "
                    + "column."));
        }
        if (!old.unique() && now.unique() && !now.primaryKey()) {
            out.add(uniqueFinding(c.path()));
        }
    }

    private static Finding uniqueFinding(String path) {
        return new Finding(Finding.Severity.WARNING, path, "adding a unique constraint fails if existing rows have "
                + "duplicates.", "find them first (SELECT … GROUP BY … HAVING count(*) > 1) and resolve them; on "
                + "PostgreSQL build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING "
                + "INDEX.");
    }

    private static void index(ModelDiff diff, Change c, Map<UUID, Long> expectedRows, List<Finding> out) {
        if (c.type() == Change.Type.REMOVED) {
            return;
        }
        Index index = diff.to().index(c.toId()).orElse(null);
        if (index == null) {
            return;
        }
        boolean rebuilt = c.type() == Change.Type.ADDED
                || c.fields().stream().anyMatch(f -> Set.of("columns", "unique", "predicate", "method").contains(f.field()));
        UUID olderEntity = diff.pairs().from(index.entityId()).orElse(null);
        if (!rebuilt || olderEntity == null) {
            return; // a new table's indexes are built while it is empty
        }
        boolean becameUnique = index.unique() && (c.type() == Change.Type.ADDED
                || c.fields().stream().anyMatch(f -> f.field().equals("unique")));
        if (becameUnique) {
            out.add(uniqueFinding(c.path()));
        }
        if (diff.to().targetDatabase() == TargetDatabase.POSTGRESQL) {
            Long rows = expectedRows.get(olderEntity);
            String table = diff.to().entityName(index.entityId());
            if (rows == null || rows >= LARGE_TABLE_ROWS) {
                out.add(new Finding(Finding.Severity.WARNING, c.path(), "CREATE INDEX blocks writes to " + table
                        + " while it builds" + (rows == null ? " (no volume estimate for it)"
                        : String.format(Locale.ROOT, " (about %,d rows expected)", rows)) + ".",
                        "build it with CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY, outside a "
                                + "transaction, and check it is valid afterwards."));
            }
        }
    }

    /** "VARCHAR(100) → VARCHAR(50)" when the newer type holds less than the older, else null. */
    private static String narrowing(Attribute old, Attribute now) {
        String a = old.dataType().toUpperCase(Locale.ROOT);
        String b = now.dataType().toUpperCase(Locale.ROOT);
        String change = old.typeDisplay() + " → " + now.typeDisplay();
        if (a.equals(b)) {
            if (old.length() != null && now.length() != null && now.length() < old.length()
                    || old.length() == null && now.length() != null && (a.contains("CHAR") || a.contains("BINARY"))) {
                return change;
            }
            if (old.precision() != null && now.precision() != null && (now.precision() < old.precision()
                    || (now.scale() == null ? 0 : now.scale()) < (old.scale() == null ? 0 : old.scale()))) {
                return change;
            }
            return null;
        }
        int wa = INTEGER_WIDTH.indexOf(a.equals("INT") ? "INTEGER" : a);
        int wb = INTEGER_WIDTH.indexOf(b.equals("INT") ? "INTEGER" : b);
        if (wa >= 0 && wb >= 0) {
            return wb < wa ? change : null;
        }
        if ((a.equals("TEXT") || a.equals("CLOB")) && b.contains("CHAR")) {
            return change;
        }
        if (NARROWING_ORDER.contains(b) && (a.startsWith("DECIMAL") || a.startsWith("NUMERIC") || a.contains("FLOAT")
                || a.contains("DOUBLE") || a.equals("REAL"))) {
            return change;
        }
        return a.contains("TIMESTAMP") && b.equals("DATE") ? change : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

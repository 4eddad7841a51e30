package org.schemaboard.importing.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchReadTest {
    @Test
    void read() throws Exception {
        for (String d : new String[] {"sakila-mysql", "employees-mysql", "employees-partitioned-mysql", "chinook-mysql",
                "northwind-mysql", "chinook-postgresql", "chinook-postgresql-serial", "northwind-postgresql", "pagila-postgresql"}) {
            String sql = Files.readString(Path.of("src/test/resources/schemas/" + d + "/schema.sql"));
            ImportPlan p = SqlDumpReader.read(sql, d.endsWith("mysql") ? ImportDialect.MYSQL : ImportDialect.POSTGRESQL);
            System.out.println("== " + d + ": " + p.summary());
            p.skipped().forEach(s -> System.out.println("  skip " + s.line() + ":" + s.column() + " " + s.excerpt() + " -- " + s.reason()));
            p.warnings().forEach(w -> System.out.println("  warn " + w.line() + " " + w.text()));
            p.tables().forEach(t -> System.out.println("  table " + t.name() + " " + t.columns().stream().map(c -> c.name() + ":" + c.type() + (c.length() != null ? "(" + c.length() + ")" : "")).toList()));
        }
    }
}

package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.cli.CommandLineTest.Result;

/** {@code import-er} and {@code export --format plantuml}, in-process on a data directory of their own. */
class ImportErCommandTest {

    @TempDir
    Path work;

    @Test
    void a_mermaid_diagram_becomes_a_design_and_exports_as_plantuml() throws IOException {
        Path dataDir = work.resolve("data");
        Path file = work.resolve("shop.mmd");
        Files.writeString(file, "erDiagram\n  customers {\n    int id PK\n    VARCHAR(80) name\n  }\n"
                + "  orders {\n    int id PK\n    int customer_id FK\n  }\n  customers ||--o{ orders : places\n");

        Result imported = run("import-er", "--data-dir", dataDir.toString(), "--file", file.toString(), "--name",
                "Shop diagram");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("read as a Mermaid ER diagram: 2 tables, 4 columns, 1 foreign key")
                .contains("Imported \"Shop diagram\" (PostgreSQL) as admin: 2 entities, 1 relationships");

        Path out = work.resolve("shop.puml");
        Result exported = run("export", "--data-dir", dataDir.toString(), "--design", "Shop diagram", "--format",
                "plantuml", "--out", out.toString());
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(Files.readString(out)).startsWith("@startuml").contains("entity \"orders\" as orders {")
                .contains("  * customer_id : INT <<FK>>").contains("customers ||..o{ orders : \"places\"");
    }

    @Test
    void a_broken_plantuml_diagram_exits_1_with_line_and_column_and_creates_no_database() throws IOException {
        Path fresh = work.resolve("fresh");
        Path file = work.resolve("broken.puml");
        Files.writeString(file, "@startuml\nentity a {\n  * id : INT <<PK>>\n  oops\n}\n@enduml\n");

        Result result = run("import-er", "--data-dir", fresh.toString(), "--file", file.toString(), "--name", "X");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith(file + ": The file cannot be imported: an attribute is written")
                .contains("line 4, column 3");
        assertThat(fresh).doesNotExist();
    }
}

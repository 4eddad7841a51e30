package org.schemaboard.importing.er;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.importing.sql.ImportPlan;

class ErReaderTest {

    @Test
    void mermaid_entities_attributes_keys_comments_and_every_cardinality_are_read() {
        ImportPlan plan = ErImportService.read("""
                ---
                title: Shop
                ---
                erDiagram
                    %% people and what they buy
                    CUSTOMER {
                        int id PK
                        VARCHAR(200) email UK "where receipts go"
                        DECIMAL(12-2) balance
                        TIMESTAMP_WITH_TIME_ZONE joined
                    }
                    ORDER {
                        bigint id PK
                        int customer_id FK
                    }
                    PASSPORT {
                        int id PK
                        int holder FK
                    }
                    CUSTOMER ||--o{ ORDER : places
                    PASSPORT |o--|| CUSTOMER : "belongs to"
                    ORDER }o--o{ PRODUCT : contains
                    PRODUCT {
                        int sku PK
                    }
                """, ErImportService.Format.MERMAID, null);

        assertThat(plan.problem()).isNull();
        ImportPlan.Table customer = plan.table("CUSTOMER").orElseThrow();
        assertThat(customer.primaryKey()).containsExactly("id");
        assertThat(customer.uniqueConstraints()).containsExactly(List.of("email"));
        assertThat(customer.column("email").orElseThrow().comment()).isEqualTo("where receipts go");
        assertThat(customer.column("email").orElseThrow().length()).isEqualTo(200);
        assertThat(customer.column("balance").orElseThrow().scale()).isEqualTo(2);
        assertThat(customer.column("joined").orElseThrow().type()).isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(plan.foreignKeys()).extracting(fk -> fk.table() + fk.columns() + "->" + fk.referencedTable())
                .contains("ORDER[customer_id]->CUSTOMER", "PASSPORT[holder]->CUSTOMER",
                        "ORDER_PRODUCT[order_id]->ORDER", "ORDER_PRODUCT[product_sku]->PRODUCT");
        // ||--: a passport always belongs to a customer; o|: one passport per customer
        assertThat(plan.table("PASSPORT").orElseThrow().column("holder").orElseThrow().nullable()).isFalse();
        assertThat(plan.table("PASSPORT").orElseThrow().uniqueConstraints()).containsExactly(List.of("holder"));
        assertThat(plan.warnings()).anyMatch(w -> w.text().contains("junction table ORDER_PRODUCT"));
    }

    @Test
    void plantuml_entities_with_aliases_mandatory_markers_and_relationships_are_read() {
        ImportPlan plan = ErImportService.read("""
                @startuml
                ' a comment
                hide circle
                entity "Customer accounts" as acct {
                  * id : INTEGER <<PK>>
                  --
                  * email : VARCHAR(200) <<UK>>
                  nickname : TEXT
                }
                entity orders {
                  * id : BIGINT <<PK>>
                  --
                  account_id : INTEGER <<FK>>
                }
                acct |o..o{ orders : places
                @enduml
                """, ErImportService.Format.PLANTUML, null);

        assertThat(plan.problem()).isNull();
        ImportPlan.Table account = plan.table("Customer accounts").orElseThrow();
        assertThat(account.column("email").orElseThrow().nullable()).isFalse();
        assertThat(account.column("nickname").orElseThrow().nullable()).isTrue();
        assertThat(plan.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.table()).isEqualTo("orders");
            assertThat(fk.columns()).containsExactly("account_id");
            assertThat(fk.referencedTable()).isEqualTo("Customer accounts");
        });
    }

    @Test
    void a_broken_mermaid_diagram_names_line_and_column_and_cannot_be_imported() {
        ImportPlan plan = ErImportService.read("erDiagram\n    A {\n        int id PK\n      id int PK extra\n    }\n",
                ErImportService.Format.MERMAID, null);
        assertThat(plan.importable()).isFalse();
        assertThat(plan.tables()).isEmpty();
        assertThat(plan.problem()).contains("line 4, column 7").contains("an attribute is written");

        assertThat(ErImportService.read("erDiagram\n  A ||-->o{ B : x\n", ErImportService.Format.MERMAID, null)
                .problem()).contains("line 2, column 5").contains("relationship");
        assertThat(ErImportService.read("graph TD\n A --> B\n", ErImportService.Format.MERMAID, null).problem())
                .contains("line 1, column 1").contains("starts with erDiagram");
        assertThat(ErImportService.read("erDiagram\n  A {\n    int id\n", ErImportService.Format.MERMAID, null)
                .problem()).contains("line 2, column 1").contains("not closed");
    }

    @Test
    void a_broken_plantuml_diagram_names_line_and_column_and_cannot_be_imported() {
        ImportPlan plan = ErImportService.read("@startuml\nentity a {\n  * id : INT <<PK>>\n  name\n}\n@enduml\n",
                ErImportService.Format.PLANTUML, null);
        assertThat(plan.importable()).isFalse();
        assertThat(plan.problem()).contains("line 4, column 3");
        // the preview's error row shows the line as written beside where it goes wrong
        assertThat(plan.errors()).singleElement().satisfies(e -> assertThat(e.excerpt())
                .isEqualTo("line 4, column 3: name"));
        assertThat(ErImportService.read("@startuml\nentity a {\n  * id : INT <<PK>>\n}\na ||--o{ b\n@enduml\n",
                ErImportService.Format.PLANTUML, null).problem()).contains("line 5, column 1")
                .contains("b is not declared");
    }
}

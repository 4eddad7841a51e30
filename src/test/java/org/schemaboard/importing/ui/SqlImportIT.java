package org.schemaboard.importing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.Accessibility;
import org.schemaboard.BrowserTestBase;

/**
 * Importing SQL dumps, DBML and Mermaid / PlantUML diagrams in the browser: as a new design from the designs list, and
 * into an open design.
 */
class SqlImportIT extends BrowserTestBase {

    @TempDir
    Path files;

    @Test
    void alice_uploads_a_pg_dump_sees_the_preview_imports_it_and_the_new_design_opens() throws Exception {
        Page page = newPerson();
        signIn(page, "alice", "demo");
        importFrom(page, "SQL dump");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Import SQL as a new design"))).isVisible();

        upload(dialog, resource("pg_dump.sql"));

        // the preview comes by itself: what was found, then the tables, the skipped statements with their line
        assertThat(dialog.getByText("pg_dump.sql read as PostgreSQL: 4 tables, 20 columns, 3 foreign keys, 3 indexes, "
                + "1 view (views are kept as notes of the design)")).isVisible();
        Locator tables = grid(page, "Tables found");
        for (String table : new String[] {"customers", "orders", "order_lines", "shipments"}) {
            assertThat(cell(tables, table)).isVisible();
        }
        assertThat(cell(tables, "order_id, line_no")).isVisible();
        screenshot(page, "sqlimport-preview-tables");
        dialog.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Skipped (20)")).click();
        Locator skipped = grid(page, "Skipped statements");
        assertThat(cell(skipped, "\\connect shop")).isVisible();
        assertThat(cell(skipped, "psql meta-command")).isVisible();
        assertThat(cell(skipped, "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")).isVisible();
        assertThat(cell(skipped, "17")).isVisible();
        dialog.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Warnings (2)")).click();
        assertThat(cell(grid(page, "Warnings"), "orders.id: INTEGER with a nextval default imported as auto-increment "
                + "INTEGER (the sequence itself is not part of the design)"))
                .isVisible();
        screenshot(page, "sqlimport-preview-warnings");

        Locator name = dialog.getByLabel("Design name", new Locator.GetByLabelOptions().setExact(true));
        assertThat(name).hasValue("pg_dump");
        name.fill("Shop from pg_dump");
        button(dialog, "Import").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Shop from pg_dump")
                .setExact(true).setLevel(1))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/designs/[0-9a-f-]{36}$"));
        Locator entities = grid(page, "Entities");
        for (String table : new String[] {"customers", "orders", "order_lines", "shipments"}) {
            assertThat(entities.getByText(table, new Locator.GetByTextOptions().setExact(true))).isVisible();
        }
        screenshot(page, "sqlimport-imported-design");
    }

    @Test
    void a_truncated_file_shows_the_line_and_column_and_creates_nothing() throws Exception {
        Path broken = files.resolve("truncated.sql");
        Files.writeString(broken, "CREATE TABLE a (id int);\nCREATE TABLE b (x text DEFAULT 'oops);\n");
        Page page = newPerson();
        signIn(page, "alice", "demo");
        importFrom(page, "SQL dump");
        Locator dialog = page.getByRole(AriaRole.DIALOG);

        upload(dialog, broken);

        assertThat(dialog.getByText(Pattern.compile("The file cannot be imported: Unterminated string literal "
                + "starting at line 2, column 32"))).isVisible();
        assertThat(button(dialog, "Import")).isDisabled();
        screenshot(page, "sqlimport-broken-file");
        button(dialog, "Cancel").click();
        assertThat(dialog).isHidden();
        assertThat(button(page, "Open E-commerce platform")).isVisible();
        assertThat(button(page, "Open truncated")).hasCount(0);
    }

    @Test
    void bob_imports_a_sqlite_dump_into_an_open_design_and_a_viewer_has_no_import_button() throws Exception {
        Page page = newPerson();
        signIn(page, "bob", "demo");
        button(page, "New design").click();
        Locator create = page.getByRole(AriaRole.DIALOG);
        create.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Music catalogue");
        button(create, "Create").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Music catalogue")
                .setExact(true).setLevel(1))).isVisible();

        importFrom(page, "SQL dump");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Import SQL into Music catalogue"))).isVisible();
        assertThat(dialog.getByLabel("Design name", new Locator.GetByLabelOptions().setExact(true))).isHidden();
        upload(dialog, resource("sqlite.sql"));
        assertThat(dialog.getByText(Pattern.compile("^sqlite.sql read as SQLite: 3 tables, "))).isVisible();
        screenshot(page, "sqlimport-into-design");
        button(dialog, "Import").click();

        assertThat(dialog).isHidden();
        Locator entities = grid(page, "Entities");
        for (String table : new String[] {"tracks", "albums", "album_notes"}) {
            assertThat(entities.getByText(table, new Locator.GetByTextOptions().setExact(true))).isVisible();
        }

        Page viewer = newPerson();
        signIn(viewer, "vic", "demo");
        button(viewer, "Open E-commerce platform").click();
        assertThat(button(viewer, "Export specification")).isVisible();
        assertThat(importMenu(viewer)).hasCount(0);
    }

    @Test
    void bob_pastes_dbml_into_an_open_design_sees_the_preview_and_imports_it() {
        Page page = newPerson();
        signIn(page, "bob", "demo");
        button(page, "New design").click();
        Locator create = page.getByRole(AriaRole.DIALOG);
        create.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Lending library");
        button(create, "Create").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lending library")
                .setExact(true).setLevel(1))).isVisible();

        importFrom(page, "DBML file");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Import DBML into Lending library"))).isVisible();
        dialog.getByLabel("Or paste the DBML").fill("""
                Enum loan_state { open returned }
                Table members {
                  id integer [pk, increment]
                  email varchar(200) [not null, unique]
                }
                Table books {
                  isbn char(13) [pk]
                  title text [not null, note: 'As printed']
                }
                Table loans {
                  id integer [pk, increment]
                  member_id integer [not null, ref: > members.id]
                  isbn char(13) [not null]
                  state loan_state [default: 'open']
                  indexes { (member_id, isbn) [unique] }
                }
                Ref: loans.isbn > books.isbn [delete: restrict]
                TableGroup lending { members loans }
                """);
        button(dialog, "Preview").click();

        assertThat(dialog.getByText(Pattern.compile("^Read as DBML: 3 tables, 8 columns, 2 foreign keys, 1 index, "
                + "1 table group; 1 warning\\. Table groups become subject areas: lending\\.$"))).isVisible();
        assertThat(cell(grid(page, "Tables found"), "loans")).isVisible();
        screenshot(page, "dbmlimport-preview");
        button(dialog, "Import").click();

        assertThat(dialog).isHidden();
        Locator entities = grid(page, "Entities");
        for (String table : new String[] {"members", "books", "loans"}) {
            assertThat(entities.getByText(table, new Locator.GetByTextOptions().setExact(true))).isVisible();
        }
    }

    @Test
    void bob_pastes_a_mermaid_diagram_into_an_open_design_its_entities_appear_and_one_undo_takes_them_away() {
        Page page = newPerson();
        signIn(page, "bob", "demo");
        button(page, "New design").click();
        Locator create = page.getByRole(AriaRole.DIALOG);
        create.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Zoo keeping");
        button(create, "Create").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zoo keeping")
                .setExact(true).setLevel(1))).isVisible();
        screenshot(page, "erimport-import-menu-closed");
        // the Import menu beside Export specification: icon and text the same size as the button's
        page.locator("vaadin-menu-bar.sb-import-menu").locator("..").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", "erimport-header-actions.png")));
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        screenshot(page, "erimport-import-menu-open");
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Mermaid / PlantUML").setExact(true))
                .click();

        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Import a Mermaid / PlantUML diagram into Zoo keeping"))).isVisible();
        assertThat(dialog.getByLabel("Format")).isVisible();
        assertThat(button(dialog, "Import")).isDisabled();
        screenshot(page, "erimport-empty");
        Accessibility.check(page, "the Mermaid / PlantUML import dialog");

        dialog.getByLabel("Or paste the diagram").fill("""
                erDiagram
                    KEEPER ||--o{ ANIMAL : feeds
                    KEEPER {
                        int id PK
                        string name "as on the badge"
                    }
                    ANIMAL {
                        int id PK
                        string species
                        int keeper_id FK
                    }
                """);
        button(dialog, "Preview").click();

        assertThat(dialog.getByText(Pattern.compile("^Read as Mermaid \\(detected\\): 2 tables, 5 columns, "
                + "1 foreign key, 0 indexes$"))).isVisible();
        Locator tables = grid(page, "Tables found");
        assertThat(cell(tables, "KEEPER")).isVisible();
        assertThat(cell(tables, "ANIMAL")).isVisible();
        screenshot(page, "erimport-preview");
        Accessibility.check(page, "the Mermaid / PlantUML import preview");
        button(dialog, "Import").click();

        assertThat(dialog).isHidden();
        Locator entities = grid(page, "Entities");
        for (String entity : new String[] {"KEEPER", "ANIMAL"}) {
            assertThat(entities.getByText(entity, new Locator.GetByTextOptions().setExact(true))).isVisible();
        }
        // the whole import is one step of the history: one Undo takes both entities away
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Undo: .*a Mermaid diagram"))).click();
        assertThat(page.getByText("No entities yet")).isVisible();
        assertThat(cell(entities, "KEEPER")).isHidden();
        assertThat(cell(entities, "ANIMAL")).isHidden();
    }

    @Test
    void a_broken_plantuml_diagram_shows_its_line_and_column_and_nothing_is_imported() {
        Page page = newPerson();
        signIn(page, "alice", "demo");
        screenshot(page, "erimport-designs-list");
        importFrom(page, "Mermaid / PlantUML");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Import a Mermaid / PlantUML diagram as a new design"))).isVisible();
        dialog.getByLabel("Design name", new Locator.GetByLabelOptions().setExact(true)).fill("Broken aviary");
        dialog.getByLabel("Format").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("PlantUML").setExact(true)).click();
        dialog.getByLabel("Or paste the diagram").fill("""
                @startuml
                entity bird {
                  * id : INTEGER <<PK>>
                  wingspan
                }
                @enduml
                """);
        button(dialog, "Preview").click();

        assertThat(dialog.getByText(Pattern.compile("^The file cannot be imported: .*line 4, column 3: wingspan\\. "
                + "Nothing can be imported from it\\.$"))).isVisible();
        assertThat(cell(grid(page, "Skipped statements"), "4:3")).isVisible();
        assertThat(cell(grid(page, "Skipped statements"), "line 4, column 3: wingspan")).isVisible();
        assertThat(button(dialog, "Import")).isDisabled();
        screenshot(page, "erimport-broken");
        Accessibility.check(page, "the Mermaid / PlantUML import error");
        button(dialog, "Cancel").click();
        assertThat(dialog).isHidden();
        assertThat(button(page, "Open Broken aviary")).hasCount(0);
    }

    @Test
    void alice_uploads_a_plantuml_file_from_the_designs_list_and_the_new_design_opens() throws Exception {
        Path puml = files.resolve("aviary.puml");
        Files.writeString(puml, """
                @startuml
                entity bird {
                  * id : INTEGER <<PK>>
                  --
                  cage_id : INTEGER <<FK>>
                }
                entity cage {
                  * id : INTEGER <<PK>>
                }
                cage ||--o{ bird
                @enduml
                """);
        Page page = newPerson();
        signIn(page, "alice", "demo");
        importFrom(page, "Mermaid / PlantUML");
        Locator dialog = page.getByRole(AriaRole.DIALOG);

        upload(dialog, puml);

        assertThat(dialog.getByText(Pattern.compile("^aviary\\.puml read as PlantUML \\(detected\\): 2 tables, ")))
                .isVisible();
        assertThat(dialog.getByLabel("Design name", new Locator.GetByLabelOptions().setExact(true))).hasValue("aviary");
        button(dialog, "Import").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("aviary")
                .setExact(true).setLevel(1))).isVisible();
        assertThat(grid(page, "Entities").getByText("cage", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    @Test
    void a_large_dump_uploads_its_reading_can_be_cancelled_and_nothing_is_shown_or_imported() throws Exception {
        // 25 MB: over the 1 MB that Spring's multipart support took by default, and seconds of reading
        Path big = files.resolve("big.sql");
        try (var out = Files.newBufferedWriter(big)) {
            for (int t = 0; out != null && t < 200_000; t++) {
                out.write("CREATE TABLE big_" + t + " (id bigint PRIMARY KEY, name varchar(80) NOT NULL, note text, "
                        + "created_at timestamp NOT NULL DEFAULT now());\n");
            }
        }
        Page page = newPerson();
        signIn(page, "alice", "demo");
        importFrom(page, "SQL dump");
        Locator dialog = page.getByRole(AriaRole.DIALOG);

        upload(dialog, big);

        assertThat(dialog.getByText(Pattern.compile("^Reading big\\.sql \\(\\d+\\.\\d MB\\)…$"))).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        screenshot(page, "sqlimport-reading");
        button(dialog, "Cancel reading").click();

        assertThat(dialog.getByText("Reading cancelled; nothing was imported. Preview again to read the SQL."))
                .isVisible();
        assertThat(button(dialog, "Cancel reading")).isHidden();
        assertThat(button(dialog, "Import")).isDisabled();
        page.waitForTimeout(1500); // the cancelled read must not deliver a preview later
        assertThat(dialog.getByText(Pattern.compile("big\\.sql read as"))).hasCount(0);
        screenshot(page, "sqlimport-reading-cancelled");
    }

    @Test
    void an_upload_over_50_mb_is_refused_by_the_server_as_it_arrives_and_the_dialog_says_why() throws Exception {
        Page page = newPerson();
        signIn(page, "alice", "demo");
        importFrom(page, "SQL dump");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator("vaadin-upload")).isVisible();
        String target = (String) dialog.locator("vaadin-upload").evaluate("u => u.target");
        java.net.URI uri = java.net.URI.create(page.url()).resolve(target);
        String cookies = String.join("; ", page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .toList());

        // sent past the browser, which would refuse the file itself: a client that ignores the limit
        long before = ServerAllocations.now();
        int status = LargeUpload.post(uri, cookies, "huge.sql", 60L * 1024 * 1024);
        long allocated = ServerAllocations.now() - before;

        assertThat(dialog.getByText("huge.sql: The file is over 50 MB; at most 50 MB can be imported. Import the "
                + "schema only (pg_dump --schema-only, mysqldump --no-data).")).isVisible();
        screenshot(page, "sqlimport-upload-too-large");
        org.assertj.core.api.Assertions.assertThat(status).isIn(413, -1);
        org.assertj.core.api.Assertions.assertThat(allocated).as("bytes the server's request threads allocated")
                .isLessThan(30L * 1024 * 1024);
    }

    private static void upload(Locator dialog, Path file) {
        dialog.locator("vaadin-upload input[type=file]").setInputFiles(file);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SqlImportIT.class.getResource("/sqlimport/" + name).toURI());
    }
}

package org.schemaboard.editor.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;

/** One click on "Export specification" hands over the whole specification. */
class ExportIT extends BrowserTestBase {

    @Test
    void alice_downloads_the_demo_designs_specification_as_a_zip() throws IOException {
        Page page = newPerson();
        signIn(page, "alice", "demo");
        button(page, "Open E-commerce platform").click();
        button(page, "Export specification").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("schema-postgresql.sql")).isVisible();
        screenshot(page, "export-dialog");

        Download download = page.waitForDownload(() -> dialog.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download all files (ZIP)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("e-commerce-platform-specification.zip");
        Path zip = download.path();

        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("database-design.md", "database-design.html", "schema-postgresql.sql",
                "schema-mysql.sql", "schema-h2.sql", "erd.mmd", "schema.dbml", "design.json");
        assertThat(files.get("database-design.md")).startsWith("# Database Design Specification")
                .contains("idx_users_status_created", "orders");
        assertThat(files.get("schema-postgresql.sql")).contains("CREATE TABLE", "ON DELETE");
    }

    @Test
    void a_downloaded_design_json_imports_back_as_a_new_design_and_a_broken_one_is_refused() throws IOException {
        Page page = newPerson();
        signIn(page, "bob", "demo");
        button(page, "Open E-commerce platform").click();
        button(page, "Export specification").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Download download = page.waitForDownload(() -> dialog.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("design.json").setExact(true)).click());
        // the browser keeps the download under a random name; a person's file is called design.json
        Path json = Files.createTempDirectory("export-it-").resolve(download.suggestedFilename());
        download.saveAs(json);
        assertThat(Files.readString(json)).contains("\"orders\"");
        button(dialog, "Close").click();

        page.navigate(url("/"));
        importFrom(page, "design.json file");
        Locator importDialog = page.getByRole(AriaRole.DIALOG);
        Path broken = Files.createTempFile("broken-", ".json");
        Files.writeString(broken, "{\"format\": \"something else\",");
        importDialog.locator("input[type=file]").setInputFiles(broken);
        assertThat(importDialog.getByText("Chosen: " + broken.getFileName())).isVisible();
        button(importDialog, "Import").click();
        assertThat(importDialog.getByText("This file cannot be imported")).isVisible();
        screenshot(page, "json-import-refused");
        button(importDialog, "Cancel").click();
        assertThat(grid(page, "Designs").getByText("(imported)")).hasCount(0);

        importFrom(page, "design.json file");
        importDialog = page.getByRole(AriaRole.DIALOG);
        importDialog.locator("input[type=file]").setInputFiles(json);
        assertThat(importDialog.getByText("Chosen: ")).isVisible();
        button(importDialog, "Import").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/designs/[0-9a-f-]{36}.*"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("E-commerce platform (imported)"))).isVisible();
        assertThat(cell(grid(page, "Entities"), "orders")).isVisible();
        Files.deleteIfExists(broken);
    }
}

package org.schemaboard.importing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;

/** Importing from a live database in the browser: an in-memory H2 database of the server's JVM stands in for it. */
class DatabaseImportIT extends BrowserTestBase {

    @Test
    void alice_connects_to_a_database_previews_its_tables_and_imports_them_as_a_new_design() throws Exception {
        String url = "jdbc:h2:mem:formats21_it;DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url, "reader", "it-secret");
             Statement s = keep.createStatement()) {
            s.execute("CREATE TABLE venues (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL);"
                    + "COMMENT ON TABLE venues IS 'Where concerts happen';"
                    + "CREATE TABLE concerts (id INT PRIMARY KEY, venue_id INT NOT NULL, CONSTRAINT concerts_venue "
                    + "FOREIGN KEY (venue_id) REFERENCES venues(id) ON DELETE CASCADE)");
            Page page = newPerson();
            signIn(page, "alice", "demo");
            importFrom(page, "Live database");
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName("Import from a database as a new design"))).isVisible();

            dialog.getByLabel("JDBC URL").fill(url);
            dialog.getByLabel("User", new Locator.GetByLabelOptions().setExact(true)).fill("reader");
            dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true)).fill("wrong");
            button(dialog, "Connect and preview").click();
            assertThat(dialog.getByText("The database refused the user name or password for reader. Check them and "
                    + "try again.")).isVisible();
            assertThat(dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true))).hasValue("");
            screenshot(page, "dbimport-refused");

            dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true)).fill("it-secret");
            button(dialog, "Connect and preview").click();
            assertThat(dialog.getByText("Read the database " + url + ", schema PUBLIC (H2): 2 tables")).isVisible();
            Locator tables = grid(page, "Tables found");
            assertThat(cell(tables, "VENUES")).isVisible();
            assertThat(cell(tables, "CONCERTS")).isVisible();
            screenshot(page, "dbimport-preview");

            dialog.getByLabel("Design name", new Locator.GetByLabelOptions().setExact(true)).fill("Concerts live");
            button(dialog, "Import").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Concerts live")
                    .setExact(true).setLevel(1))).isVisible();
            assertThat(grid(page, "Entities").getByText("CONCERTS", new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(importMenu(page)).isVisible();
            screenshot(page, "dbimport-imported-design");
        }
    }
}

package org.schemaboard.diff.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.review.ReviewService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Changes" tab: what changed since the approved version, what is risky, and the scripts to migrate. */
class ChangesIT extends BrowserTestBase {

    @Autowired org.schemaboard.spec.SpecificationService specifications;
    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    ReviewService reviews;
    @Autowired
    CurrentUser currentUser;

    @Test
    void alice_sees_what_changed_since_v1_with_its_risks_and_downloads_the_forward_script() throws Exception {
        UUID design = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Changes demo " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "rita", DesignRole.REVIEWER);
            UUID customers = entities.createEntity(id, EntityDraft.named("customers", EntityKind.CORE));
            entities.addAttribute(customers, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            entities.addAttribute(customers, AttributeDraft.of("name", "VARCHAR").withLength(100));
            entities.addAttribute(customers, AttributeDraft.of("fax", "VARCHAR").withLength(30));
            specifications.save(id, 0, org.schemaboard.TestData.CRITIQUE);
            reviews.requestReview(id, List.of("rita"), "Ready");
            return id;
        });
        currentUser.runAs("rita", () -> reviews.approve(design, "ok"));
        currentUser.runAs("alice", () -> {
            var customers = models.load(design).entityNamed("customers").orElseThrow();
            var name = customers.attributeNamed("name").orElseThrow();
            entities.updateAttribute(name.id(), name.version(), AttributeDraft.of("full_name", "VARCHAR").withLength(100));
            var fax = customers.attributeNamed("fax").orElseThrow();
            entities.deleteAttribute(fax.id(), fax.version());
            return null;
        });

        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + design + "/changes"));
        assertThat(page.getByText("What changed, v1 → draft")).isVisible();
        Locator changes = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Changes"));
        assertThat(changes.getByText("Attribute customers.full_name changed")).isVisible();
        assertThat(changes.getByText("name: name → full_name")).isVisible();
        assertThat(changes.getByText("Attribute customers.fax removed")).isVisible();
        Locator findings = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Safety findings"));
        assertThat(findings.getByText("Data loss — customers.fax", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByLabel("Forward script")).containsText("ALTER TABLE customers RENAME COLUMN name TO full_name;");
        assertThat(page.getByLabel("Rollback script")).containsText("ALTER TABLE customers ADD fax VARCHAR(30);");
        screenshot(page, "changes-since-v1");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download forward script")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("migration-v1-to-draft-forward-postgresql.sql");
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path()))
                .contains("ALTER TABLE customers DROP fax;");

        page.getByLabel("Dialect").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("MySQL")).click();
        assertThat(page.getByLabel("Forward script")).containsText("forward migration for MySQL");
    }

    @Test
    void alice_compares_the_draft_with_a_sql_dump_accepts_a_suggested_rename_and_a_broken_file_changes_nothing()
            throws Exception {
        UUID design = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("File compare " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            UUID customers = entities.createEntity(id, EntityDraft.named("customers", EntityKind.CORE));
            entities.addAttribute(customers, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            entities.addAttribute(customers, AttributeDraft.of("name", "VARCHAR").withLength(100));
            return id;
        });
        java.nio.file.Path dump = Files.createTempFile("h17-dump", ".sql");
        Files.writeString(dump, "CREATE TABLE customers (id BIGINT PRIMARY KEY, full_name VARCHAR(100));\n");
        java.nio.file.Path broken = Files.createTempFile("h17-broken", ".json");
        Files.writeString(broken, "{\n  \"format\": \"schemaboard-design\",\n  oops\n}\n");

        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + design + "/changes"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(dump);
        assertThat(page.getByText("What changed, draft → " + dump.getFileName())).isVisible();
        Locator hints = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Possible renames"));
        assertThat(hints).containsText("customers.name → customers.full_name looks like a rename");
        assertThat(page.getByLabel("Forward script")).containsText("DROP name");
        hints.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Treat as rename")).click();
        assertThat(page.getByLabel("Forward script")).containsText("RENAME COLUMN name TO full_name");
        assertThat(page.getByLabel("Forward script")).not().containsText("DROP name");
        screenshot(page, "changes-file-rename");

        page.locator("vaadin-upload input[type=file]").setInputFiles(broken);
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("line 3")).first())
                .isVisible();
        assertThat(page.getByText("What changed, draft → " + dump.getFileName())).isVisible();
        assertThat(page.getByLabel("Forward script")).containsText("RENAME COLUMN name TO full_name");
    }
}

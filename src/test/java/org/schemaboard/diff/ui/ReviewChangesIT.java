package org.schemaboard.diff.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/**
 * The Review tab shows the open request's changes since the last approved version; a reviewer whose approval came
 * before later edits is asked again and sees what changed since; an owner restores the draft to v1 from Changes.
 */
class ReviewChangesIT extends BrowserTestBase {

    @Autowired DesignService designs;
    @Autowired EntityService entities;
    @Autowired DesignModelService models;
    @Autowired ReviewService reviews;
    @Autowired CurrentUser currentUser;
    @Autowired org.schemaboard.spec.SpecificationService specifications;

    @Test
    void rita_reviews_the_changes_since_v1_is_asked_again_after_an_edit_and_alice_restores_v1() {
        UUID design = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Review diff " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "rita", DesignRole.REVIEWER);
            designs.setMember(id, "bob", DesignRole.EDITOR);
            UUID customers = entities.createEntity(id, EntityDraft.named("customers", EntityKind.CORE));
            entities.addAttribute(customers, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            entities.addAttribute(customers, AttributeDraft.of("name", "VARCHAR").withLength(100));
            entities.addAttribute(customers, AttributeDraft.of("fax", "VARCHAR").withLength(30));
            specifications.save(id, 0, org.schemaboard.TestData.CRITIQUE);
            return id;
        });
        currentUser.runAs("bob", () -> reviews.requestReview(design, List.of("rita"), "First"));
        currentUser.runAs("rita", () -> reviews.approve(design, "ok"));
        currentUser.runAs("alice", () -> {
            var fax = models.load(design).entityNamed("customers").orElseThrow().attributeNamed("fax").orElseThrow();
            entities.deleteAttribute(fax.id(), fax.version());
            return null;
        });
        currentUser.runAs("bob", () -> reviews.requestReview(design, List.of("rita", "alice"), "Second"));

        Page rita = newPerson();
        signIn(rita, "rita", "demo");
        rita.navigate(url("/designs/" + design + "/review"));
        Locator since = rita.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Changes since v1"));
        assertThat(since.getByText("Attribute customers.fax removed")).isVisible();
        assertThat(since.getByText("Data loss — customers.fax", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot(rita, "review-changes-since-v1");
        button(rita, "Approve").click();
        button(rita.getByRole(AriaRole.DIALOG), "Approve").click();
        assertThat(rita.getByText("Approved; waiting for the other reviewers")).isVisible();

        // Bob edits after Rita approved: her approval no longer counts; she sees what changed since she approved.
        currentUser.runAs("bob", () -> {
            var name = models.load(design).entityNamed("customers").orElseThrow().attributeNamed("name").orElseThrow();
            entities.updateAttribute(name.id(), name.version(), AttributeDraft.of("full_name", "VARCHAR")
                    .withLength(100));
            return null;
        });
        rita.navigate(url("/designs/" + design + "/review"));
        Locator mine = rita.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Changed since you approved"));
        assertThat(mine.getByText("Attribute customers.full_name changed")).isVisible();
        assertThat(mine.getByText("Attribute customers.fax removed")).hasCount(0);
        assertThat(rita.getByText("approved an earlier state; asked again after later edits")).isVisible();
        assertThat(button(rita, "Approve")).isVisible();
        screenshot(rita, "review-asked-again");

        // Alice (owner) restores the draft to v1 from the Changes tab: asked first, then nothing differs from v1.
        Page alice = newPerson();
        signIn(alice, "alice", "demo");
        alice.navigate(url("/designs/" + design + "/changes"));
        assertThat(alice.getByText("What changed, v1 → draft")).isVisible();
        button(alice, "Restore draft to v1").click();
        screenshot(alice, "changes-restore-confirm");
        button(alice, "Restore v1").click();
        assertThat(alice.getByText("Draft restored to v1")).isVisible();
        assertThat(alice.getByText("No changes.")).isVisible();
        screenshot(alice, "changes-restored");
    }
}

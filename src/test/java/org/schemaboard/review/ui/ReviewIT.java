package org.schemaboard.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
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
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.review.ReviewService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The handoff with three people in three browsers: alice (owner) asks rita (reviewer) for a review; rita comments on
 * an index, marks it blocking, is told approval must wait, and requests changes; alice answers, resolves and asks
 * again; rita approves; v1 exists and opens read-only; vic (viewer) reads everything and can neither comment nor edit.
 */
class ReviewIT extends BrowserTestBase {

    @Autowired DesignService designs;
    @Autowired EntityService entities;
    @Autowired IndexService indexes;
    @Autowired ReviewService reviews;
    @Autowired CurrentUser currentUser;

    @Test
    void alice_asks_rita_rita_blocks_then_approves_v1_and_vic_only_reads() {
        String name = "Handoff " + UUID.randomUUID().toString().substring(0, 6);
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft(name, TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "rita", DesignRole.REVIEWER);
            designs.setMember(id, "vic", DesignRole.VIEWER);
            UUID users = entities.createEntity(id, EntityDraft.named("users", EntityKind.CORE));
            entities.addAttribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
            UUID email = entities.addAttribute(users, AttributeDraft.of("email", "VARCHAR").withLength(255));
            indexes.create(id, new IndexDraft(users, "idx_users_email", List.of(new Index.IndexColumn(email, false)),
                    true, false, null, null, "Sign-in by e-mail", null, null));
            return id;
        });
        Page alice = newPerson();
        signIn(alice, "alice", "demo");
        Page rita = newPerson();
        signIn(rita, "rita", "demo");
        Page vic = newPerson();
        signIn(vic, "vic", "demo");

        // alice cannot ask for a review before her self-critique is written; she writes it, facts beside each part
        alice.navigate(url("/designs/" + designId + "/review"));
        button(alice, "Request review").click();
        Locator refused = alice.getByRole(AriaRole.DIALOG);
        assertThat(refused.getByRole(AriaRole.ALERT)).containsText(
                "Write the self-critique before asking for a review (Plans → Self-critique); still empty: data "
                        + "modeling decisions");
        assertThat(button(refused, "Send request")).isDisabled();
        screenshot(alice, "review-needs-self-critique");
        button(refused, "Cancel").click();
        alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Plans").setExact(true)).click();
        alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Self-critique").setExact(true)).click();
        assertThat(alice.getByLabel("Facts for performance and scalability"))
                .containsText("Index idx_users_email on users serves no query pattern");
        button(alice, "Start performance and scalability from the facts").click();
        assertThat(alice.getByLabel("Performance and scalability", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(java.util.regex.Pattern.compile("^- Warning on idx_users_email: .*serves no query pattern.*",
                        java.util.regex.Pattern.DOTALL));
        alice.getByLabel("Data modeling decisions", new Page.GetByLabelOptions().setExact(true))
                .fill("Users are keyed by UUID; e-mail is unique per account.");
        alice.getByLabel("Technology choices", new Page.GetByLabelOptions().setExact(true)).fill("PostgreSQL.");
        alice.getByLabel("Migration and operations", new Page.GetByLabelOptions().setExact(true))
                .fill("Additive migrations only.");
        alice.getByLabel("What went well", new Page.GetByLabelOptions().setExact(true)).fill("Small and clear.");
        alice.getByLabel("Lessons learned", new Page.GetByLabelOptions().setExact(true))
                .fill("Write the query patterns first.");
        alice.getByLabel("Recommendations", new Page.GetByLabelOptions().setExact(true))
                .fill("Security: the e-mail column is personal data.");
        assertThat(alice.getByText("All seven parts are written: a review can be requested.")).isVisible();
        button(alice, "Save self-critique").click();
        assertThat(alice.getByText("Last saved by alice")).isVisible();
        screenshot(alice, "self-critique-written");

        // alice asks rita for a review
        alice.navigate(url("/designs/" + designId + "/review"));
        button(alice, "Request review").click();
        requestReviewFromRita(alice, "Ready for the handoff: please check the indexes.");
        assertThat(status(alice, "In review")).isVisible();

        // rita comments on the index, blocking
        rita.navigate(url("/designs/" + designId + "/indexes"));
        assertThat(status(rita, "In review")).isVisible();
        button(rita, "Comments on index idx_users_email").click();
        Locator dialog = rita.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("New comment").fill("Why is this **unique**? Two accounts may share an address, @alice.");
        dialog.getByText("Blocking: approval waits until this thread is resolved").click();
        button(dialog, "Comment").click();
        assertThat(dialog.getByText("Two accounts may share an address")).isVisible();
        assertThat(dialog.locator("strong").getByText("unique")).isVisible();
        screenshot(rita, "review-thread-on-index");
        button(dialog, "Close").click();
        assertThat(button(rita, "Comments on index idx_users_email (1 open)")).isVisible();

        // approval waits for the blocking thread; rita requests changes instead (having read alice's self-critique)
        rita.navigate(url("/designs/" + designId + "/review"));
        Locator critique = rita.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Author's self-critique"));
        assertThat(critique.getByText("Write the query patterns first.")).isVisible();
        critique.getByText("Write the query patterns first.").scrollIntoViewIfNeeded();
        screenshot(rita, "review-reads-self-critique");
        button(rita, "Approve").click();
        Locator decision = rita.getByRole(AriaRole.DIALOG);
        button(decision, "Approve").click();
        assertThat(decision.getByRole(AriaRole.ALERT)).hasText(
                "Approval waits for 1 open blocking thread to be resolved: index idx_users_email");
        screenshot(rita, "review-quality-gate");
        button(decision, "Cancel").click();
        button(rita, "Request changes").click();
        decision = rita.getByRole(AriaRole.DIALOG);
        decision.getByLabel("What should change").fill("Explain or drop the unique index.");
        button(decision, "Request changes").click();
        assertThat(status(rita, "Draft")).isVisible();

        // alice is told, answers, resolves and asks again
        alice.reload();
        assertThat(status(alice, "Draft")).isVisible();
        Locator bell = alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications (2 unread)"));
        assertThat(bell).isVisible();
        bell.click();
        assertThat(alice.getByText("Rita Okafor requested changes to " + name + ": Explain or drop the unique index."))
                .isVisible();
        assertThat(alice.getByText("Rita Okafor mentioned you on index idx_users_email", new Page.GetByTextOptions()))
                .isVisible();
        screenshot(alice, "review-notifications");
        alice.keyboard().press("Escape");
        Locator thread = alice.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions()
                .setName("Thread on Index idx_users_email"));
        thread.getByLabel("Reply").fill("One account per address is a business rule; see @rita's point in the spec.");
        button(thread, "Reply").click();
        assertThat(thread.getByText("One account per address is a business rule")).isVisible();
        button(thread, "Resolve").click();
        showThreads(alice);
        alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Resolved").setExact(true)).click();
        assertThat(thread.getByText("Resolved by Alice")).isVisible();
        button(alice, "Request review").click();
        requestReviewFromRita(alice, "Answered; please approve.");
        assertThat(status(alice, "In review")).isVisible();

        // alice withdraws that request (after confirming), then asks again
        button(alice, "Withdraw request").click();
        Locator confirm = alice.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm.getByText("Withdraw the review request?")).isVisible();
        button(confirm, "Withdraw request").click();
        assertThat(status(alice, "Draft")).isVisible();
        assertThat(alice.getByText("Outcome: withdrawn.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(button(alice, "Withdraw request")).hasCount(0);
        button(alice, "Request review").click();
        requestReviewFromRita(alice, "Answered; please approve.");
        assertThat(status(alice, "In review")).isVisible();
        assertThat(button(alice, "Withdraw request")).isVisible();

        // rita approves: v1
        rita.reload();
        assertThat(button(rita, "Approve")).isVisible();
        button(rita, "Approve").click();
        decision = rita.getByRole(AriaRole.DIALOG);
        decision.getByLabel("Comment (optional)").fill("Good to hand over.");
        button(decision, "Approve").click();
        assertThat(status(rita, "Approved v1")).isVisible();
        Locator v1 = rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open v1").setExact(true));
        assertThat(v1).isVisible();
        screenshot(rita, "review-approved");
        assertThat(currentUser.runAs("alice", () -> reviews.state(designId)).snapshots()).hasSize(1);

        // v1 opens read-only
        v1.click();
        assertThat(rita.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name + " — v1"))).isVisible();
        FrameLocator spec = rita.frameLocator("iframe.sb-snapshot-frame");
        assertThat(spec.getByText("idx_users_email").first()).isVisible();
        assertThat(rita.locator("iframe.sb-snapshot-frame")).hasAttribute("sandbox", "");
        assertThat(rita.getByRole(AriaRole.TEXTBOX)).hasCount(0);
        screenshot(rita, "review-snapshot-v1");

        // vic reads the review, the thread and v1, and can neither comment nor edit
        vic.navigate(url("/designs/" + designId + "/review"));
        assertThat(status(vic, "Approved v1")).isVisible();
        showThreads(vic);
        vic.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All").setExact(true)).click();
        Locator vicsThread = vic.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions()
                .setName("Thread on Index idx_users_email"));
        assertThat(vicsThread.getByText("One account per address is a business rule")).isVisible();
        assertThat(vic.getByLabel("Reply")).hasCount(0);
        assertThat(button(vic, "Resolve")).hasCount(0);
        assertThat(button(vic, "Reopen")).hasCount(0);
        assertThat(button(vic, "Comment on the design")).hasCount(0);
        assertThat(button(vic, "Request review")).hasCount(0);
        assertThat(button(vic, "Approve")).hasCount(0);
        vic.navigate(url("/designs/" + designId + "/indexes"));
        button(vic, "Comments on index idx_users_email").click();
        Locator vicsDialog = vic.getByRole(AriaRole.DIALOG);
        assertThat(vicsDialog.getByText("As a viewer you can read comments")).isVisible();
        assertThat(vicsDialog.getByLabel("New comment")).hasCount(0);
        button(vicsDialog, "Close").click();
        assertThat(button(vic, "New index")).hasCount(0);
        assertThat(button(vic, "View idx_users_email")).isVisible();
        screenshot(vic, "review-viewer-indexes");
        vic.navigate(url("/designs/" + designId + "/versions/1"));
        assertThat(vic.frameLocator("iframe.sb-snapshot-frame").getByText("idx_users_email").first()).isVisible();

        // editing after approval starts the next draft; v1 stays
        alice.navigate(url("/designs/" + designId + "/entities"));
        assertThat(status(alice, "Approved v1")).isVisible();
        currentUser.runAs("alice", () -> entities.createEntity(designId, EntityDraft.named("carts",
                EntityKind.CORE)));
        alice.reload();
        assertThat(status(alice, "Draft")).isVisible();
    }

    private static void requestReviewFromRita(Page page, String message) {
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Reviewers")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Rita Okafor (rita)")).click();
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Reviewers")).press("Tab");
        dialog.getByLabel("Message").fill(message);
        button(dialog, "Send request").click();
        assertThat(dialog).isHidden();
    }

    private static void showThreads(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Show (Open|Resolved|All)$"))).click();
    }

    private static Locator status(Page page, String text) {
        return page.locator("[aria-label='Review status: " + text + "']").first();
    }
}

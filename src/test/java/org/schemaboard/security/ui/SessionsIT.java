package org.schemaboard.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions as a browser holds them: a password reset or the person's own password change elsewhere sends their open
 * pages to the sign-in page at once, without them doing anything; and the session id never reaches the page.
 */
class SessionsIT extends BrowserTestBase {

    private static final Pattern LOGIN_PAGE = Pattern.compile(".*/login(\\?.*)?$");

    @Autowired
    AccountService accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    DesignService designs;
    @Autowired
    CurrentUser currentUser;

    private String account(String prefix) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 6);
        accounts.createAccount("test", username, "Sam " + prefix, null, "sams-password", false, false);
        return username;
    }

    private UUID designOf(String username) {
        return currentUser.runAs(username, () -> designs.create(new DesignDraft("Sessions "
                + UUID.randomUUID().toString().substring(0, 6), TargetDatabase.POSTGRESQL, null)));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void an_open_editor_is_sent_to_sign_in_when_an_administrator_resets_the_password() {
        String sam = account("reset");
        UUID design = designOf(sam);
        Page page = newPerson();
        signIn(page, sam, "sams-password");
        page.navigate(url("/designs/" + design + "/entities"));
        assertThat(page.getByRole(AriaRole.BUTTON, named("New entity"))).isVisible();

        currentUser.runAs("alice", () -> {
            administration.resetPassword(accounts.findByUsername(sam).orElseThrow().id(), "told-by-alice");
            return null;
        });

        assertThat(page).hasURL(LOGIN_PAGE);
        page.navigate(url("/designs/" + design + "/entities"));
        assertThat(page).hasURL(LOGIN_PAGE);
    }

    @Test
    void changing_ones_password_sends_the_other_browsers_page_to_sign_in_and_keeps_this_one() {
        String sam = account("change");
        Page laptop = newPerson();
        signIn(laptop, sam, "sams-password");
        Page phone = newPerson();
        signIn(phone, sam, "sams-password");

        laptop.navigate(url("/account"));
        laptop.getByLabel("Current password").fill("sams-password");
        laptop.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a-better-password");
        laptop.getByLabel("Repeat the new password").fill("a-better-password");
        laptop.getByRole(AriaRole.BUTTON, named("Change password")).click();
        assertThat(laptop.getByText("Your password is changed")).isVisible();

        assertThat(phone).hasURL(LOGIN_PAGE);
        laptop.navigate(url("/"));
        assertThat(laptop.getByRole(AriaRole.HEADING, named("Designs"))).isVisible();
    }

    @Test
    void the_session_id_never_reaches_the_page_not_even_as_the_presence_key() {
        String sam = account("presence");
        UUID design = designOf(sam);
        Page page = newPerson();
        // Only requests whose response has fully arrived: the push channel's long-polling response never ends, and
        // reading its body would wait forever (it hung a CI run). Its messages are the web socket's frames below.
        List<Request> finished = new CopyOnWriteArrayList<>();
        List<String> pushed = new CopyOnWriteArrayList<>();
        page.onRequestFinished(finished::add);
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> pushed.add(frame.text())));
        signIn(page, sam, "sams-password");

        page.navigate(url("/designs/" + design + "/entities"));
        assertThat(page.getByRole(AriaRole.BUTTON, named("New entity"))).isVisible();
        page.getByRole(AriaRole.BUTTON, named("New entity")).click(); // one more round trip after the editor opened
        page.keyboard().press("Escape");

        String sessionId = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElseThrow();
        List<String> seen = new ArrayList<>(pushed);
        for (Request request : finished) {
            try {
                Response response = request.response();
                if (response != null) {
                    seen.add(response.text());
                }
            } catch (RuntimeException noBody) {
                // redirects and the like have no body
            }
        }
        seen.add(String.valueOf(page.evaluate("() => document.documentElement.outerHTML + document.cookie")));
        org.assertj.core.api.Assertions.assertThat(seen).as("everything the page received").isNotEmpty()
                .noneMatch(text -> text != null && text.contains(sessionId));
        org.assertj.core.api.Assertions.assertThat(String.join("\n", seen)).as("the goodbye beacon is set up")
                .contains("presence/leave");
    }
}

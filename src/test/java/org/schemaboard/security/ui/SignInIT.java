package org.schemaboard.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;

class SignInIT extends BrowserTestBase {

    private static final Pattern LOGIN_PAGE = Pattern.compile(".*/login(\\?.*)?$");

    @Test
    void an_unauthenticated_visit_to_the_start_page_lands_on_the_login_page() {
        Page page = newPerson();

        page.navigate(url("/"));

        assertThat(page).hasURL(LOGIN_PAGE);
        assertThat(page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(button(page, "Sign in")).isVisible();
        assertThat(page.getByText("Demo accounts")).isVisible();
        assertThat(page).hasTitle("Sign in · Schemaboard");
        screenshot(page, "login");
    }

    @Test
    void a_wrong_password_shows_an_error_and_stays_on_the_login_page() {
        Page page = newPerson();

        submitSignIn(page, "alice", "not-the-password");

        assertThat(page.getByText("Wrong username or password")).isVisible();
        assertThat(page).hasURL(LOGIN_PAGE);
        assertThat(page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Designs").setExact(true)))
                .not().isVisible();
        screenshot(page, "login-wrong-password");
    }

    @Test
    void signing_out_returns_to_the_login_page_and_the_designs_are_no_longer_reachable() {
        Page page = newPerson();
        signIn(page, "bob", "demo");

        page.getByLabel("Account of Bob Lindqvist").getByRole(AriaRole.MENUITEM).first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();

        assertThat(page).hasURL(LOGIN_PAGE);
        page.navigate(url("/"));
        assertThat(page).hasURL(LOGIN_PAGE);
    }
}
